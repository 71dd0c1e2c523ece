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
    protected abstract Task<LocalGovHost> StartHostAsync(string? connectionString, SmtpServer smtp, bool seedTenants,
        IReadOnlyDictionary<string, string>? settings = null);

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

    [Fact]
    public async Task ThaiMail_ArrivesDecodedExactly_AsTextAndHtmlAlternatives_WithSenderNameAndMessageId()
    {
        using var smtp = new SmtpServer();
        await smtp.StartAsync();
        await using var host = await StartHostAsync(null, smtp, seedTenants: true, new Dictionary<string, string>
        {
            ["Email:FromAddress"] = "no-reply@alpha.localgov.test",
            ["Email:FromName"] = "เทศบาลตำบลอัลฟา",
        });
        const string subject = "ใบแจ้งหนี้ค่าธรรมเนียมเก็บขนมูลฝอย ประจำเดือนพฤศจิกายน ๒๕๖๙ เทศบาลตำบลอัลฟา จังหวัดเชียงใหม่";
        const string body = "เรียน คุณสมชาย ใจดี\n\nยอดค้างชำระ ๑,๒๐๐ บาท (หนึ่งพันสองร้อยบาทถ้วน) <ภายใน ๓๐ วัน>\nชำระได้ที่ https://alpha.localgov.test/pay?ref=ขย-2569-0001";
        var id = await QueueAsync(host, [("resident@example.com", subject, body)]);

        await WaitSentAsync(host, id[0]);
        var mail = await smtp.WaitForAsync("resident@example.com", "มูลฝอย");
        Assert.Equal(subject, mail.Subject);
        Assert.Equal(body, mail.Body);
        Assert.Contains("ยอดค้างชำระ ๑,๒๐๐ บาท (หนึ่งพันสองร้อยบาทถ้วน) &lt;ภายใน ๓๐ วัน&gt;", mail.Html, StringComparison.Ordinal);
        Assert.Equal("multipart/alternative", Assert.IsAssignableFrom<MimeKit.MimeEntity>(mail.Mime.Body).ContentType.MimeType);
        var from = Assert.Single(mail.Mime.From.Mailboxes);
        Assert.Equal(("เทศบาลตำบลอัลฟา", "no-reply@alpha.localgov.test"), (from.Name, from.Address));
        Assert.Equal($"{id[0]}@alpha.localgov.test", mail.Mime.MessageId);
        Assert.Equal(id[0].ToString(), mail.Mime.Headers["X-LocalGov-Message-Id"]);
        var raw = Assert.Single(smtp.Messages);
        Assert.DoesNotContain("ใบแจ้งหนี้", raw, StringComparison.Ordinal); // the subject went as RFC 2047 encoded words, not raw UTF-8
    }

    [Fact]
    public async Task ABatchOfMail_GoesOverOneSmtpConnection()
    {
        using var smtp = new SmtpServer();
        await smtp.StartAsync();
        await using var host = await StartHostAsync(null, smtp, seedTenants: true);
        var ids = await QueueAsync(host, [.. Enumerable.Range(1, 6).Select(i => ($"resident{i}@example.com", $"ฉบับที่ {i}", $"ข้อความ {i}"))]);

        foreach (var id in ids)
        {
            await WaitSentAsync(host, id);
        }
        Assert.Equal(6, smtp.Messages.Count);
        Assert.Equal(1, smtp.Connections);
        Assert.Equal(["connect", .. Enumerable.Range(1, 6).Select(_ => "data")], smtp.Events.Select(e => e.Split(' ')[0]));
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"ฉบับที่ {i}").Order(StringComparer.Ordinal),
            smtp.Texts.Select(t => t.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InABatch_ARefusedRecipientFailsOnlyItsMessage_AndADroppedConnectionIsReopenedForTheNext()
    {
        using var smtp = new SmtpServer();
        await smtp.StartAsync();
        await using var host = await StartHostAsync(null, smtp, seedTenants: true);
        // queued in this order, so the batch sends them in this order (oldest first)
        var ids = await QueueAsync(host, [
            ("first@example.com", "หนึ่ง", "1"),
            ("drop@example.com", "สาย หลุด", "2"),
            ("refused@example.com", "ไม่มีผู้รับ", "3"),
            ("last@example.com", "สี่", "4"),
        ]);

        var first = await WaitSentAsync(host, ids[0]);
        var dropped = await WaitSentAsync(host, ids[1]); // on its retry
        var last = await WaitSentAsync(host, ids[3]);
        var refused = await LoadAsync(host, ids[2]);

        Assert.Equal((1, 2, 1), (first.Attempts, dropped.Attempts, last.Attempts));
        Assert.Null(refused.SentAt);
        Assert.Contains("550 5.1.1", refused.LastError, StringComparison.Ordinal);
        Assert.True(refused.Attempts >= 1);
        Assert.Equal( // the first batch: one connection until it broke, one more for the rest, the refusal kept it open
            ["connect", "data first@example.com", "dropped drop@example.com", "connect", "refused refused@example.com", "data last@example.com"],
            smtp.Events.Take(6));
        Assert.Equal(["drop@example.com", "first@example.com", "last@example.com"], smtp.Texts.Select(t => t.To).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WithAUserName_TheTransportSignsInOncePerConnection_AndTheServerAcceptsTheMail()
    {
        using var smtp = new SmtpServer("mailer", "correct horse");
        await smtp.StartAsync();
        await using var host = await StartHostAsync(null, smtp, seedTenants: true, new Dictionary<string, string>
        {
            ["Email:UserName"] = "mailer",
            ["Email:Password"] = "correct horse",
        });
        var ids = await QueueAsync(host, [("a@example.com", "ลงชื่อเข้าใช้ 1", "หนึ่ง"), ("b@example.com", "ลงชื่อเข้าใช้ 2", "สอง")]);

        foreach (var id in ids)
        {
            await WaitSentAsync(host, id);
        }
        Assert.Equal(2, smtp.Messages.Count);
        var auth = Assert.Single(smtp.Events, e => e.StartsWith("auth", StringComparison.Ordinal));
        Assert.EndsWith(" mailer", auth, StringComparison.Ordinal);
        Assert.StartsWith("auth ", auth, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAWrongPassword_MailStaysInTheOutbox_WithTheServersAnswer()
    {
        using var smtp = new SmtpServer("mailer", "correct horse");
        await smtp.StartAsync();
        await using var host = await StartHostAsync(null, smtp, seedTenants: true, new Dictionary<string, string>
        {
            ["Email:UserName"] = "mailer",
            ["Email:Password"] = "battery staple",
        });
        var ids = await QueueAsync(host, [("a@example.com", "ไม่ควรถึง 1", "หนึ่ง"), ("b@example.com", "ไม่ควรถึง 2", "สอง")]);

        foreach (var id in ids)
        {
            var failed = await Eventually.HoldsAsync(async () =>
            {
                var m = await LoadAsync(host, id);
                Assert.True(m.Attempts >= 1, "the delivery job has not tried yet");
                return m;
            }, TimeSpan.FromSeconds(20));
            Assert.Null(failed.SentAt);
            Assert.Contains("5.7.8 Authentication credentials invalid", failed.LastError, StringComparison.Ordinal); // the server's answer
        }
        Assert.Empty(smtp.Messages);
        Assert.Contains(smtp.Events, e => e == "auth-failed PLAIN mailer" || e == "auth-failed LOGIN mailer");
        Assert.DoesNotContain(smtp.Events, e => e.StartsWith("auth ", StringComparison.Ordinal) || e.StartsWith("data", StringComparison.Ordinal));
    }

    private static async Task<Guid[]> QueueAsync(LocalGovHost host, (string To, string Subject, string Text)[] mails)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(host.Alpha);
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        foreach (var (to, subject, text) in mails)
        {
            sender.Queue(to, subject, text);
        }
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        await db.SaveChangesAsync(); // one transaction: the delivery job sees all of them in one batch
        return [.. db.ChangeTracker.Entries<OutboxEmail>().Select(e => e.Entity.Id)];
    }

    private static Task<OutboxEmail> WaitSentAsync(LocalGovHost host, Guid id) => Eventually.HoldsAsync(async () =>
    {
        var m = await LoadAsync(host, id);
        Assert.True(m.SentAt is not null, $"not sent yet: attempts {m.Attempts}, last error {m.LastError}");
        return m;
    }, TimeSpan.FromSeconds(30));

    private static async Task<OutboxEmail> LoadAsync(LocalGovHost host, Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<OutboxEmail>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    internal static void ConfigureMail(IDictionary<string, string> settings, SmtpServer smtp, IReadOnlyDictionary<string, string>? extra = null)
    {
        settings["Email:SmtpHost"] = "127.0.0.1";
        settings["Email:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Email:PollSeconds"] = "1";
        settings["Email:RetryBaseSeconds"] = "1";
        settings["Email:RetryMaxSeconds"] = "2";
        settings["Email:SmtpTimeoutSeconds"] = "5";
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
    }
}

public sealed class SqliteEmailOutboxTests : EmailOutboxTests
{
    protected override async Task<LocalGovHost> StartHostAsync(string? connectionString, SmtpServer smtp, bool seedTenants,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new MailSqliteHost(connectionString, smtp, seedTenants, settings);
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    private sealed class MailSqliteHost(string? existing, SmtpServer smtp, bool seed, IReadOnlyDictionary<string, string>? extra) : SqliteHost
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
            ConfigureMail(settings, smtp, extra);
        }
        protected override Task DropDatabaseAsync() => existing is null ? Task.CompletedTask : base.DropDatabaseAsync();
    }
}

public sealed class PostgresEmailOutboxTests : EmailOutboxTests
{
    protected override async Task<LocalGovHost> StartHostAsync(string? connectionString, SmtpServer smtp, bool seedTenants,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new MailPostgresHost(connectionString, smtp, seedTenants, settings);
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    private sealed class MailPostgresHost(string? existing, SmtpServer smtp, bool seed, IReadOnlyDictionary<string, string>? extra) : PostgresHost
    {
        protected override bool SeedTenants => seed;
        protected override Task<string> CreateDatabaseAsync() => existing is null ? base.CreateDatabaseAsync() : Task.FromResult(existing);
        protected override void Configure(IDictionary<string, string> settings) => ConfigureMail(settings, smtp, extra);
        protected override Task DropDatabaseAsync() => existing is null ? Task.CompletedTask : base.DropDatabaseAsync();
    }
}

public sealed class MySqlEmailOutboxTests : EmailOutboxTests
{
    protected override async Task<LocalGovHost> StartHostAsync(string? connectionString, SmtpServer smtp, bool seedTenants,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new MailMySqlHost(connectionString, smtp, seedTenants, settings);
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    private sealed class MailMySqlHost(string? existing, SmtpServer smtp, bool seed, IReadOnlyDictionary<string, string>? extra) : MySqlHost
    {
        protected override bool SeedTenants => seed;
        protected override Task<string> CreateDatabaseAsync() => existing is null ? base.CreateDatabaseAsync() : Task.FromResult(existing);
        protected override void Configure(IDictionary<string, string> settings) => ConfigureMail(settings, smtp, extra);
        protected override Task DropDatabaseAsync() => existing is null ? Task.CompletedTask : base.DropDatabaseAsync();
    }
}
