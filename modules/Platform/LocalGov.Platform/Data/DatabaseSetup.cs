using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace LocalGov.Platform.Data;

/// <summary>
/// The one place that knows the providers. Every provider-specific line lives here and in the per-provider
/// migrations assemblies, so MySQL/MariaDB is one more case and one more migrations project.
/// </summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "LocalGov.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "LocalGov.Migrations.PostgreSql";

    public static DatabaseOptions Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString ??= configuration.GetConnectionString("LocalGov");
        options.JobsConnectionString ??= configuration.GetConnectionString("Jobs");

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var dataDirectory = Path.Combine(environment.ContentRootPath, "App_Data");
            options.ConnectionString ??= $"Data Source={Path.Combine(dataDirectory, "localgov.db")}";
            options.JobsConnectionString ??= $"Data Source={Path.Combine(dataDirectory, "localgov-jobs.db")}";
            options.ConnectionString = PrepareSqlite(options.ConnectionString);
            options.JobsConnectionString = PrepareSqlite(options.JobsConnectionString);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is PostgreSql but ConnectionStrings:LocalGov is empty. Set it, e.g. ConnectionStrings__LocalGov=\"Host=localhost;Database=localgov;Username=localgov;Password=…\".");
            }
            options.JobsConnectionString ??= options.ConnectionString;
        }
        return options;
    }

    /// <summary>Configures EF Core for the chosen provider.</summary>
    public static DbContextOptionsBuilder UseLocalGovDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options) =>
        options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(options.ConnectionString,
                o => o.MigrationsAssembly(SqliteMigrationsAssembly).CommandTimeout(60)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString,
                o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => throw new InvalidOperationException($"Unknown database provider '{options.Provider}'."),
        };

    /// <summary>Creates the folder, and turns on WAL (many readers beside the one writer) once per file.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
            builder.DefaultTimeout = builder.DefaultTimeout < 30 ? 30 : builder.DefaultTimeout;
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
        }
        return builder.ToString();
    }
}
