using LocalGov.Platform.Data;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>The host on a real PostgreSQL: a database of its own per fixture, Quartz clustered in it.</summary>
public class PostgresHost : LocalGovHost
{
    public override string Provider => "PostgreSql";

    protected override Task<string> CreateDatabaseAsync() => PostgresServer.CreateDatabaseAsync();

    protected override Task DropDatabaseAsync() => PostgresServer.DropDatabaseAsync(ConnectionString);
}
