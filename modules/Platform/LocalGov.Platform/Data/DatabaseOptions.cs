namespace LocalGov.Platform.Data;

/// <summary>Configuration section <c>Database</c>, plus <c>ConnectionStrings:LocalGov</c> and <c>ConnectionStrings:Jobs</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The engine's name: <c>Sqlite</c> (the embedded default), <c>PostgreSql</c> or <c>MySql</c> as the host ships them.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>How the schema is brought up to date at start: Migrate (default on SQLite), EnsureCreated (tests with extra modules) or None.</summary>
    public SchemaInitialization? Initialize { get; set; }

    public string? ConnectionString { get; set; }

    /// <summary>Quartz's store. On SQLite it defaults to its own file beside the main one, so the two never contend for the single writer.</summary>
    public string? JobsConnectionString { get; set; }

    /// <summary>Set by <see cref="DatabaseSetup.Read"/>: the engine <see cref="Provider"/> names.</summary>
    public DatabaseEngine Engine { get; set; } = null!;

    public SchemaInitialization EffectiveInitialization =>
        Initialize ?? (Engine.MigratesByDefault ? SchemaInitialization.Migrate : SchemaInitialization.None);
}

public enum SchemaInitialization
{
    None = 0,
    Migrate = 1,
    EnsureCreated = 2,
}
