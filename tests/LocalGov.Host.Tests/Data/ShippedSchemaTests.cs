using System.Net;
using LocalGov.Platform.Data;
using LocalGov.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Data;

/// <summary>
/// The host exactly as shipped (Program.cs's module list, no test module): its migrations build the whole schema
/// on each provider, the migrations match the model, and the demo data seeds.
/// </summary>
public abstract class ShippedSchemaTests
{
    protected abstract Task<(string ConnectionString, string? Jobs, Func<Task> Drop)> CreateDatabaseAsync();
    protected abstract string Provider { get; }

    [Fact]
    public async Task Migrations_BuildTheSchema_MatchTheModel_AndTheDemoSeeds()
    {
        var (connectionString, jobs, drop) = await CreateDatabaseAsync();
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseSetting("Database:Provider", Provider);
                b.UseSetting("Database:Initialize", "Migrate");
                b.UseSetting("ConnectionStrings:LocalGov", connectionString);
                if (jobs is not null)
                {
                    b.UseSetting("ConnectionStrings:Jobs", jobs);
                }
                b.UseSetting("Demo:Seed", "true");
                b.UseSetting("Demo:AllowOutsideDevelopment", "true");
                b.UseSetting("Identity:NationalAdminEmail", "first-admin@example.go.th");
                b.UseSetting("Site:PublicUrl", "https://localgov.example.go.th");
                b.UseEnvironment("Testing");
            });
            var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            var home = await client.GetStringAsync("/");
            Assert.Contains("/t/demo-city/", home, StringComparison.Ordinal);
            Assert.Contains("/t/demo-town/", home, StringComparison.Ordinal);
            Assert.Contains("/t/demo-sao/", home, StringComparison.Ordinal);

            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: run tools/add-migration.sh.");

            // a new deployment invites its first national admin, and the 77 provinces are there
            var invitation = await db.Set<LocalGov.Platform.Emailing.OutboxEmail>().SingleAsync(m => m.To == "first-admin@example.go.th");
            Assert.Contains("https://localgov.example.go.th/account/invitation?userId=", invitation.TextBody, StringComparison.Ordinal);
            Assert.Equal(77, await db.Set<LocalGov.Tenants.Provinces.Province>().CountAsync());
        }
        finally
        {
            await drop();
        }
    }
}

public sealed class SqliteShippedSchemaTests : ShippedSchemaTests
{
    protected override string Provider => "Sqlite";

    protected override Task<(string, string?, Func<Task>)> CreateDatabaseAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "localgov-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return Task.FromResult<(string, string?, Func<Task>)>((
            $"Data Source={Path.Combine(directory, "localgov.db")}",
            $"Data Source={Path.Combine(directory, "jobs.db")}",
            () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(directory, recursive: true);
                return Task.CompletedTask;
            }));
    }
}

public sealed class PostgresShippedSchemaTests : ShippedSchemaTests
{
    protected override string Provider => "PostgreSql";

    protected override async Task<(string, string?, Func<Task>)> CreateDatabaseAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        return (connectionString, null, () => PostgresServer.DropDatabaseAsync(connectionString));
    }
}

public sealed class MySqlShippedSchemaTests : ShippedSchemaTests
{
    protected override string Provider => "MySql";

    protected override async Task<(string, string?, Func<Task>)> CreateDatabaseAsync()
    {
        var connectionString = await MySqlServer.CreateDatabaseAsync();
        return (connectionString, null, () => MySqlServer.DropDatabaseAsync(connectionString));
    }
}
