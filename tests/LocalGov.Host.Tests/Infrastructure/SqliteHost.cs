using LocalGov.Platform.Data;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>The host on SQLite: a fresh database file per fixture.</summary>
public class SqliteHost : LocalGovHost
{
    private string _directory = "";

    public override string Provider => "Sqlite";

    protected override Task<string> CreateDatabaseAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), "localgov-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        return Task.FromResult($"Data Source={Path.Combine(_directory, "localgov.db")}");
    }

    protected override void Configure(IDictionary<string, string> settings)
    {
        settings["ConnectionStrings:Jobs"] = $"Data Source={Path.Combine(_directory, "jobs.db")}";
        base.Configure(settings);
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
        try
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open is left to the OS temp cleaner
        }
        return Task.CompletedTask;
    }
}
