using LocalGov.Host.Tests.Infrastructure;
using LocalGov.TestSupport;
using LocalGov.Host.Tests.Notes;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Emailing;

/// <summary>Mail goes through the outbox: an SMTP outage delays it, a restart does not lose it, a rollback never sends it.</summary>
public abstract class EmailOutboxTests
{
    protected abstract Task<LocalGovHost> StartHostAsync(string? connectionString, SmtpServer smtp, bool seedTenants);

    [Fact]
    public async Task QueuedWhileSmtpIsDown_IsDeliveredOnceItIsBack_AcrossAHostRestart()
    {
        using var smtp = new SmtpServer(); // not started yet: the port refuses connections
        Guid messageId;
        string connectionString;

        await using (var first = await StartHostAsync(null, smtp, seedTenants: true))
        {
            connectionString = first.ConnectionString;
            await using (var scope = first.Services.CreateAsyncScope())
            {
                using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(first.Alpha);
                var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
                sender.QueueTemplate("resident@example.com", "Platform.Test", "th", new Dictionary<string, string> { ["tenant"] = "เทศบาลอัลฟา" });
                var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
                await db.SaveChangesAsync();
                messageId = (await db.Set<OutboxEmail>().SingleAsync()).Id;
            }

            var failed = await Eventually.HoldsAsync(async () =>
            {
                var m = await LoadAsync(first, messageId);
                Assert.True(m.Attempts >= 1, "the delivery job has not tried yet");
                return m;
            }, TimeSpan.FromSeconds(20));
            Assert.Null(failed.SentAt);
            Assert.NotNull(failed.LastError);
        }

        await smtp.StartAsync();
        await using var second = await StartHostAsync(connectionString, smtp, seedTenants: false);
        var sent = await Eventually.HoldsAsync(async () =>
        {
            var m = await LoadAsync(second, messageId);
            Assert.NotNull(m.SentAt);
            return m;
        }, TimeSpan.FromSeconds(30));

        var message = Assert.Single(smtp.Messages);
        Assert.Contains("resident@example.com", message, StringComparison.Ordinal);
        Assert.Contains(messageId.ToString(), message, StringComparison.Ordinal);
        Assert.True(sent.Attempts >= 2);
        var text = Assert.Single(smtp.Texts);
        Assert.Equal("ทดสอบการส่งอีเมลจาก เทศบาลอัลฟา", text.Subject); // Thai survives the trip, subject and body
        Assert.Contains("ระบบ LocalGov ของ เทศบาลอัลฟา ส่งอีเมลได้แล้ว", text.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailQueuedInARolledBackTransaction_IsNeverSent()
    {
        using var smtp = new SmtpServer();
        await using var host = await StartHostAsync(null, smtp, seedTenants: true);
        await using var scope = host.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(host.Alpha);
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Add(new Note("X-1", "with mail", null));
            scope.ServiceProvider.GetRequiredService<IEmailSender>().Queue("resident@example.com", "rolled back", "never");
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        Assert.False(await db.Set<OutboxEmail>().AnyAsync(m => m.Subject == "rolled back"));
    }

    private static async Task<OutboxEmail> LoadAsync(LocalGovHost host, Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<OutboxEmail>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    internal static void ConfigureMail(IDictionary<string, string> settings, SmtpServer smtp)
    {
        settings["Email:SmtpHost"] = "127.0.0.1";
        settings["Email:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Email:PollSeconds"] = "1";
        settings["Email:RetryBaseSeconds"] = "1";
        settings["Email:RetryMaxSeconds"] = "2";
        settings["Email:SmtpTimeoutSeconds"] = "5";
    }
}

public sealed class SqliteEmailOutboxTests : EmailOutboxTests
{
    protected override async Task<LocalGovHost> StartHostAsync(string? connectionString, SmtpServer smtp, bool seedTenants)
    {
        var host = new MailSqliteHost(connectionString, smtp, seedTenants);
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    private sealed class MailSqliteHost(string? existing, SmtpServer smtp, bool seed) : SqliteHost
    {
        protected override bool SeedTenants => seed;
        protected override Task<string> CreateDatabaseAsync() => existing is null ? base.CreateDatabaseAsync() : Task.FromResult(existing);
        protected override void Configure(IDictionary<string, string> settings)
        {
            if (existing is not null)
            {
                var directory = Path.GetDirectoryName(existing["Data Source=".Length..])!;
                settings["ConnectionStrings:Jobs"] = $"Data Source={Path.Combine(directory, "jobs.db")}";
            }
            else
            {
                base.Configure(settings);
            }
            ConfigureMail(settings, smtp);
        }
        protected override Task DropDatabaseAsync() => existing is null ? Task.CompletedTask : base.DropDatabaseAsync();
    }
}

public sealed class PostgresEmailOutboxTests : EmailOutboxTests
{
    protected override async Task<LocalGovHost> StartHostAsync(string? connectionString, SmtpServer smtp, bool seedTenants)
    {
        var host = new MailPostgresHost(connectionString, smtp, seedTenants);
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    private sealed class MailPostgresHost(string? existing, SmtpServer smtp, bool seed) : PostgresHost
    {
        protected override bool SeedTenants => seed;
        protected override Task<string> CreateDatabaseAsync() => existing is null ? base.CreateDatabaseAsync() : Task.FromResult(existing);
        protected override void Configure(IDictionary<string, string> settings) => ConfigureMail(settings, smtp);
        protected override Task DropDatabaseAsync() => existing is null ? Task.CompletedTask : base.DropDatabaseAsync();
    }
}
