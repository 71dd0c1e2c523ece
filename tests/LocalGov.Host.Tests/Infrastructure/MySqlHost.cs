namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>The host on a real MariaDB: a database of its own per fixture, Quartz clustered in it.</summary>
public class MySqlHost : LocalGovHost
{
    public override string Provider => "MySql";

    protected override Task<string> CreateDatabaseAsync() => MySqlServer.CreateDatabaseAsync();

    protected override Task DropDatabaseAsync() => MySqlServer.DropDatabaseAsync(ConnectionString);
}
