using MySql.Data.MySqlClient;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>
/// The MariaDB server test.sh starts (a throwaway instance from Debian's binaries). Each host fixture gets a database
/// of its own in utf8mb4 (the provider's migrations name no character set), dropped afterwards.
/// </summary>
internal static class MySqlServer
{
    public const string Variable = "LOCALGOV_TEST_MYSQL";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run ./test.sh, which starts a throwaway MariaDB and sets it, or point it at a server you own.");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "lg_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new MySqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using (var command = new MySqlCommand($"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", connection))
        {
            await command.ExecuteNonQueryAsync();
        }
        return new MySqlConnectionStringBuilder(AdminConnectionString) { Database = name, MaximumPoolSize = 100 }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new MySqlConnectionStringBuilder(connectionString).Database;
        MySqlConnection.ClearAllPools();
        await using var connection = new MySqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand($"DROP DATABASE IF EXISTS `{name}`", connection);
        await command.ExecuteNonQueryAsync();
    }
}
