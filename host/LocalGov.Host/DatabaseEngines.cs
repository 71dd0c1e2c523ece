using LocalGov.Data.MySql;
using LocalGov.Data.PostgreSql;
using LocalGov.Data.Sqlite;
using LocalGov.Platform.Data;

namespace LocalGov.Host;

/// <summary>The database providers this host ships, each a plug-in project of its own (host/LocalGov.Data.&lt;Provider&gt;).</summary>
public static class DatabaseEngines
{
    public static IReadOnlyList<DatabaseEngine> Shipped { get; } = [new SqliteDatabase(), new PostgreSqlDatabase(), new MySqlDatabase()];
}
