using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace LocalGov.Platform.Data;

/// <summary>Reads the <c>Database</c> settings and hands the provider-specific part to the engine they name.</summary>
public static class DatabaseSetup
{
    public static DatabaseOptions Read(IConfiguration configuration, IHostEnvironment environment, IReadOnlyList<DatabaseEngine> engines)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString ??= configuration.GetConnectionString("LocalGov");
        options.JobsConnectionString ??= configuration.GetConnectionString("Jobs");
        options.Engine = engines.FirstOrDefault(e => string.Equals(e.Name, options.Provider?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"Database:Provider is '{options.Provider}', which this host does not ship. Choose one of: {string.Join(", ", engines.Select(e => e.Name))}.");
        options.Provider = options.Engine.Name;
        options.Engine.Prepare(options, environment);
        return options;
    }

    /// <summary>Configures EF Core for the chosen engine, and remembers the engine in the options (see <see cref="LocalGovDbContext.Engine"/>).</summary>
    public static DbContextOptionsBuilder UseLocalGovDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        options.Engine.UseDatabase(builder, options);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new DatabaseEngineExtension(options.Engine));
        return builder;
    }
}
