namespace LocalGov.Platform.Data;

public enum DatabaseProvider
{
    /// <summary>Embedded default: a file under App_Data, no server needed.</summary>
    Sqlite = 1,
    /// <summary>Server database; Quartz runs clustered on it.</summary>
    PostgreSql = 2,
}
