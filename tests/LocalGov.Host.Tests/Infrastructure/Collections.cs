namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>One SQLite host shared by the test classes of this collection (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteHost>
{
    public const string Name = "sqlite host";
}

/// <summary>One PostgreSQL host shared by the test classes of this collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresHost>
{
    public const string Name = "postgresql host";
}

/// <summary>One MariaDB host shared by the test classes of this collection.</summary>
[CollectionDefinition(Name)]
public sealed class MySqlCollection : ICollectionFixture<MySqlHost>
{
    public const string Name = "mysql host";
}
