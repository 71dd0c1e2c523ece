using System.Diagnostics;
using LocalGov.Identity;
using LocalGov.Payments;
using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Seeding;
using LocalGov.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LocalGov.Benchmarks.Scenarios;

/// <summary>A throw-away PostgreSQL database per run, on the server <c>LOCALGOV_TEST_POSTGRES</c> names.</summary>
internal static class BenchmarkDatabases
{
    public const string PostgresVariable = "LOCALGOV_TEST_POSTGRES";

    private static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new BenchmarkException($"--provider postgresql needs {PostgresVariable}: an admin connection string to a server where a database may be created.");

    public static async Task<string> CreatePostgresAsync()
    {
        var name = "lg_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropPostgresAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public const string MySqlVariable = "LOCALGOV_TEST_MYSQL";

    private static string MySqlAdminConnectionString =>
        Environment.GetEnvironmentVariable(MySqlVariable) is { Length: > 0 } value
            ? value
            : throw new BenchmarkException($"--provider mysql needs {MySqlVariable}: an admin connection string to a MySQL/MariaDB server where a database may be created.");

    public static async Task<string> CreateMySqlAsync()
    {
        var name = "lg_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new MySql.Data.MySqlClient.MySqlConnection(MySqlAdminConnectionString);
        await connection.OpenAsync();
        await using var command = new MySql.Data.MySqlClient.MySqlCommand($"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", connection);
        await command.ExecuteNonQueryAsync();
        return new MySql.Data.MySqlClient.MySqlConnectionStringBuilder(MySqlAdminConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropMySqlAsync(string connectionString)
    {
        var name = new MySql.Data.MySqlClient.MySqlConnectionStringBuilder(connectionString).Database;
        MySql.Data.MySqlClient.MySqlConnection.ClearAllPools();
        await using var connection = new MySql.Data.MySqlClient.MySqlConnection(MySqlAdminConnectionString);
        await connection.OpenAsync();
        await using var command = new MySql.Data.MySqlClient.MySqlCommand($"DROP DATABASE IF EXISTS `{name}`", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// Measures one run as the in-process scenarios report it: the heap settled and the working set read before it, the
/// working set sampled every 50 ms during it (the OS's own peak would include the set-up), its wall-clock time and
/// the process's CPU time.
/// </summary>
internal sealed class RunMeasurement
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Timer _timer;
    private readonly Stopwatch _clock;
    private readonly TimeSpan _cpu;
    private long _peak;

    private RunMeasurement()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        _process.Refresh();
        WorkingSetBefore = _process.WorkingSet64;
        _cpu = _process.TotalProcessorTime;
        _timer = new Timer(_ => Sample(), null, 0, 50);
        _clock = Stopwatch.StartNew();
    }

    public static RunMeasurement Start() => new();

    public long WorkingSetBefore { get; }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Ends the measurement and writes the CPU time the run took to <paramref name="log"/>.</summary>
    public void Stop(TextWriter log)
    {
        _clock.Stop();
        _timer.Dispose();
        Sample();
        _process.Refresh();
        log.WriteLine($"  cpu {(_process.TotalProcessorTime - _cpu).TotalSeconds:F1} s");
        _process.Dispose();
    }

    /// <summary>Adds the run's seconds, <paramref name="items"/> per second (as <paramref name="perSecondKey"/>) and its memory figures.</summary>
    public BenchmarkResult Report(BenchmarkResult result, string perSecondKey, int items)
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        return result
            .Add("seconds", seconds, decimals: 2)
            .Add(perSecondKey, items / seconds, decimals: 0)
            .Add("peak_working_set_mb", Interlocked.Read(ref _peak) / 1048576.0, decimals: 0)
            .Add("working_set_before_mb", WorkingSetBefore / 1048576.0, decimals: 0);
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var now = process.WorkingSet64;
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }
}

/// <summary>The database a benchmark runs on; its name is the engine's <c>Database:Provider</c>.</summary>
internal enum BenchmarkProvider
{
    Sqlite,
    PostgreSql,
    MySql,
}

/// <summary>
/// A run's whole host on a fresh database of the chosen provider (files in a temporary folder for SQLite, a throw-away
/// database for PostgreSQL), migrated, with one benchmark LAO provisioned; disposing it drops the database.
/// <c>LOCALGOV_BENCH_SQL=1</c> logs every SQL command with its time.
/// </summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly BenchmarkProvider _provider;
    private readonly DirectoryInfo _directory;
    private readonly string _connection;

    private BenchmarkHost(BenchmarkProvider provider, DirectoryInfo directory, string connection, WebApplication app)
    {
        _provider = provider;
        _directory = directory;
        _connection = connection;
        App = app;
    }

    public WebApplication App { get; }

    public static BenchmarkProvider Provider(ScenarioArguments arguments) =>
        (arguments.GetString("provider") ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => BenchmarkProvider.Sqlite,
            "postgresql" or "postgres" => BenchmarkProvider.PostgreSql,
            "mysql" or "mariadb" => BenchmarkProvider.MySql,
            var other => throw new BenchmarkException($"--provider must be sqlite, postgresql or mysql, not '{other}'."),
        };

    /// <summary>Starts the host with Identity, Tenants, Payments and <paramref name="addModule"/>'s module on a fresh database.</summary>
    public static async Task<BenchmarkHost> StartAsync(BenchmarkProvider provider, string name, Action<ModuleCatalog> addModule)
    {
        var directory = Directory.CreateTempSubdirectory($"localgov-{name}-");
        string connection, jobs;
        if (provider == BenchmarkProvider.Sqlite)
        {
            connection = $"Data Source={Path.Combine(directory.FullName, "localgov.db")}";
            jobs = $"Data Source={Path.Combine(directory.FullName, "jobs.db")}";
        }
        else if (provider == BenchmarkProvider.MySql)
        {
            connection = jobs = await BenchmarkDatabases.CreateMySqlAsync();
        }
        else
        {
            connection = jobs = await BenchmarkDatabases.CreatePostgresAsync();
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("LOCALGOV_BENCH_SQL") == "1")
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddFilter((category, _) => category?.StartsWith("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal) == true);
        }
        builder.Configuration["Database:Provider"] = provider.ToString();
        builder.Configuration["Database:Initialize"] = "Migrate";
        builder.Configuration["ConnectionStrings:LocalGov"] = connection;
        builder.Configuration["ConnectionStrings:Jobs"] = jobs;
        builder.Configuration["Demo:Seed"] = "false";
        builder.Configuration["Site:PublicUrl"] = "https://eservice.example.go.th"; // Production refuses a localhost address
        builder.Configuration["DataProtection:AllowUnprotectedKeys"] = "true"; // and unsealed keys, unless told: a throwaway database
        builder.AddLocalGov([new LocalGov.Data.Sqlite.SqliteDatabase(), new LocalGov.Data.PostgreSql.PostgreSqlDatabase(), new LocalGov.Data.MySql.MySqlDatabase()], modules =>
        {
            modules.Add<IdentityModule>().Add<TenantsModule>().Add<PaymentsModule>();
            addModule(modules);
        });
        var host = new BenchmarkHost(provider, directory, connection, builder.Build());
        try
        {
            await host.App.InitializeLocalGovDatabaseAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>Provisions the benchmark LAO with <paramref name="features"/> switched on.</summary>
    public async Task<TenantInfo> ProvisionAsync(string[] features, CancellationToken cancellationToken)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var tenant = new Tenant("bench", "เทศบาลทดสอบ", "Benchmark Municipality", TenantKind.TownMunicipality, "50");
        await scope.ServiceProvider.GetRequiredService<TenantProvisioner>().ProvisionAsync(tenant, features, cancellationToken);
        return tenant.ToInfo();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_provider == BenchmarkProvider.PostgreSql)
        {
            await BenchmarkDatabases.DropPostgresAsync(_connection);
        }
        else if (_provider == BenchmarkProvider.MySql)
        {
            await BenchmarkDatabases.DropMySqlAsync(_connection);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("LOCALGOV_BENCH_KEEP") == "1")
        {
            Console.Error.WriteLine($"kept the SQLite database in {_directory.FullName}"); // to look at plans and sizes afterwards
            return;
        }
        _directory.Delete(recursive: true);
    }
}
