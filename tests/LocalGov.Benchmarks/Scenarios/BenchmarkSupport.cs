using System.Diagnostics;
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
}

/// <summary>Samples the process's working set every 50 ms; the OS's own peak would include the set-up.</summary>
internal sealed class PeakSampler
{
    private readonly Timer _timer;
    private long _peak;

    public PeakSampler()
    {
        _timer = new Timer(_ => Sample(), null, 0, 50);
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

    public long Stop()
    {
        _timer.Dispose();
        Sample();
        return Interlocked.Read(ref _peak);
    }
}
