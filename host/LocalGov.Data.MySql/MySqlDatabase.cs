using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using MySql.Data.MySqlClient;
using Quartz;

namespace LocalGov.Data.MySql;

/// <summary>
/// MySQL and MariaDB through Oracle's EF provider (<c>MySql.EntityFrameworkCore</c>): the schema migrated by the operator
/// (or with <c>Database:Initialize=Migrate</c>), bulk rows through <c>LOAD DATA LOCAL INFILE</c> from a stream, Quartz
/// clustered in the same database. What the provider gets wrong on MariaDB is put right here and nowhere else
/// (<see cref="MySqlModel"/>, <see cref="MariaDbHistoryRepository"/>, <see cref="DeleteAliasInterceptor"/>), and
/// transactions run at READ COMMITTED like PostgreSQL's (<see cref="ReadCommittedInterceptor"/>).
/// </summary>
public sealed class MySqlDatabase : DatabaseEngine
{
    public const string MigrationsAssembly = "LocalGov.Data.MySql";

    public override string Name => "MySql";

    protected override string ExampleConnectionString => "Server=localhost;Database=localgov;User ID=localgov;Password=…";

    /// <summary>
    /// Turns on what the bulk loader needs from the client (<c>AllowLoadLocalInfile</c>, and <c>AllowUserVariables</c> for
    /// the variables binary columns are read into): the server must allow local loading too
    /// (<c>local_infile</c>, on by default in MariaDB, off in Oracle MySQL 8, where bulk rows fall back to batched INSERTs).
    /// </summary>
    public override void Prepare(DatabaseOptions options, Microsoft.Extensions.Hosting.IHostEnvironment environment)
    {
        base.Prepare(options, environment);
        options.ConnectionString = WithClientSettings(options.ConnectionString!);
        options.JobsConnectionString = WithClientSettings(options.JobsConnectionString!);
        KeepThreadsForPooledConnections(options);
    }

    /// <summary>
    /// Oracle's driver holds a thread-pool thread for each command waiting on the server (a row lock, say), even through
    /// its async methods. A burst of writers queued on one row (200 residents numbered in the same sequence) then
    /// takes every thread the pool has, the lock holder cannot get one to commit, and all wait until the pool slowly adds
    /// threads (seen: 500s after 30 s; with this, the same burst in 6 s). So the pool keeps at least one thread per
    /// pooled connection, and the processors' share, from the start.
    /// </summary>
    private static void KeepThreadsForPooledConnections(DatabaseOptions options)
    {
        var connections = (int)new MySqlConnectionStringBuilder(options.ConnectionString).MaximumPoolSize;
        if (options.JobsConnectionString != options.ConnectionString)
        {
            connections += (int)new MySqlConnectionStringBuilder(options.JobsConnectionString).MaximumPoolSize;
        }
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        var wanted = connections + 2 * Environment.ProcessorCount;
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, completionPorts);
        }
    }

    private static string WithClientSettings(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString) { AllowLoadLocalInfile = true, AllowUserVariables = true, CharacterSet = "utf8mb4" };
        return builder.ConnectionString;
    }

    public override void UseDatabase(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        builder.UseMySQL(options.ConnectionString!, o => o.MigrationsAssembly(MigrationsAssembly));
        builder.ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository, MariaDbHistoryRepository>();
        builder.ReplaceService<IMigrationsSqlGenerator, CollationMigrationsSqlGenerator>();
        builder.AddInterceptors(DeleteAliasInterceptor.Instance, ReadCommittedInterceptor.Instance);
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => MySqlModel.Apply(modelBuilder);

    public override void UseJobStore(IPersistentStoreBuilder store, DatabaseOptions options)
    {
        store.UseMySql(options.JobsConnectionString!);
        Clustered(store);
    }

    /// <summary>
    /// Five times the default: each batch's loads, numbering and commit cost MySQL a fixed amount through Oracle's driver
    /// (measured: 100,000 points billed in 14.2 s with 5,000-row batches against 19.1 s with 1,000, docs/benchmarks.md).
    /// </summary>
    public override int BulkBatchRows => 5000;

    public override Task WriteRowsAsync(BulkRows rows, CancellationToken cancellationToken) => MySqlBulkWriter.WriteAsync(rows, cancellationToken);

    public override string AnalyzeStatement(IReadOnlyList<string> tables) => $"ANALYZE TABLE {string.Join(", ", tables)};";

    /// <summary>
    /// MySQL has neither <c>ON CONFLICT</c> nor <c>UPDATE … RETURNING</c>: the row is created if missing, advanced (which
    /// locks it until the transaction ends), then read back inside the same transaction.
    /// </summary>
    public override async Task<long> AdvanceSequenceAsync(LocalGovDbContext db, Guid tenantId, string sequence, int fiscalYear, int count,
        CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO platform_number_sequences (tenant_id, name, fiscal_year, last_value) VALUES ({tenantId}, {sequence}, {fiscalYear}, 0) ON DUPLICATE KEY UPDATE last_value = last_value",
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE platform_number_sequences SET last_value = last_value + {count} WHERE tenant_id = {tenantId} AND name = {sequence} AND fiscal_year = {fiscalYear}",
            cancellationToken);
        var values = await db.Database.SqlQuery<long>(
            $"SELECT last_value AS `Value` FROM platform_number_sequences WHERE tenant_id = {tenantId} AND name = {sequence} AND fiscal_year = {fiscalYear}")
            .ToListAsync(cancellationToken);
        return values.Single();
    }
}
