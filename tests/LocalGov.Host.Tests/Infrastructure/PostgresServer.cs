using Npgsql;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server test.sh starts (a throwaway cluster from Debian's binaries). Each host fixture gets a
/// database of its own, dropped afterwards.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "LOCALGOV_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run ./test.sh, which starts a throwaway PostgreSQL and sets it, or point it at a server you own.");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "lg_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, MaxPoolSize = 100 }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
