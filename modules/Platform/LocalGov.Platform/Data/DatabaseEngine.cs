using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace LocalGov.Platform.Data;

/// <summary>
/// A database provider as a plug-in: everything one provider needs beyond the model (its EF provider and migrations
/// assembly, connection defaults, bulk writer, bulk-run session, planner statistics, job store, model quirks) lives
/// in one subclass in that provider's own project (<c>host/LocalGov.Data.&lt;Provider&gt;</c>). The kernel references
/// no driver; the host lists the engines it ships and <c>Database:Provider</c> picks one by <see cref="Name"/>.
/// Adding a provider is one more project and one more entry in that list: no module changes.
/// </summary>
public abstract class DatabaseEngine
{
    /// <summary>The value of <c>Database:Provider</c> that picks this engine (compared ignoring case).</summary>
    public abstract string Name { get; }

    /// <summary>Whether the schema is migrated at start-up when <c>Database:Initialize</c> is not set (the embedded database).</summary>
    public virtual bool MigratesByDefault => false;

    /// <summary>Fills in defaults (connection strings) and refuses settings that cannot work, with a message naming the fix.</summary>
    public virtual void Prepare(DatabaseOptions options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException(
                $"Database:Provider is {Name} but ConnectionStrings:LocalGov is empty. Set it, e.g. ConnectionStrings__LocalGov=\"{ExampleConnectionString}\".");
        }
        options.JobsConnectionString ??= options.ConnectionString;
    }

    /// <summary>An example connection string for messages and docs.</summary>
    protected virtual string ExampleConnectionString => "…";

    /// <summary>Configures EF Core for this provider (its migrations assembly included).</summary>
    public abstract void UseDatabase(DbContextOptionsBuilder builder, DatabaseOptions options);

    /// <summary>Changes the model for this provider's quirks, after the modules and the platform's conventions.</summary>
    public virtual void ConfigureModel(ModelBuilder modelBuilder)
    {
    }

    /// <summary>Configures Quartz's ADO job store (and clustering, where the database is shared by nodes).</summary>
    public abstract void UseJobStore(IPersistentStoreBuilder store, DatabaseOptions options);

    /// <summary>Quartz clustered in a database the nodes share: each node checks in every 10 s, and a node silent for 30 s
    /// more is taken for dead, its jobs recovered by another.</summary>
    protected static void Clustered(IPersistentStoreBuilder store) =>
        store.UseClustering(c =>
        {
            c.CheckinInterval = TimeSpan.FromSeconds(10);
            c.CheckinMisfireThreshold = TimeSpan.FromSeconds(30);
        });

    /// <summary>Writes <paramref name="rows"/> into their table in the caller's transaction, the fastest way this provider has.</summary>
    public abstract Task WriteRowsAsync(BulkRows rows, CancellationToken cancellationToken);

    /// <summary>
    /// How many records a bulk run (billing, assessment) writes per committed batch here, unless the caller asks for
    /// another width: a batch costs a fixed amount (a few round trips, a commit) on top of its rows, and that amount
    /// differs by provider. A crash loses at most one batch's work, which the run redoes on resumption.
    /// </summary>
    public virtual int BulkBatchRows => 1000;

    /// <summary>
    /// Keeps the connection open for a whole bulk run, with whatever session settings make such a run fast here; the
    /// returned handle puts everything back and closes the connection.
    /// </summary>
    public virtual async Task<IAsyncDisposable> HoldForBulkRunAsync(LocalGovDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new ClosesConnection(db);
    }

    /// <summary>The statement(s) that refresh the planner's statistics of the given (delimited) tables.</summary>
    public virtual string AnalyzeStatement(IReadOnlyList<string> tables) => string.Join(" ", tables.Select(t => $"ANALYZE {t};"));

    /// <summary>
    /// Adds <paramref name="count"/> to a running-number sequence (creating it at zero) in the caller's transaction and
    /// returns its new last value. The row stays locked until that transaction ends, so numbers are gap-free and never
    /// handed out twice. This form (upsert, then UPDATE … RETURNING) is SQLite's and PostgreSQL's.
    /// </summary>
    public virtual async Task<long> AdvanceSequenceAsync(LocalGovDbContext db, Guid tenantId, string sequence, int fiscalYear, int count,
        CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO platform_number_sequences (tenant_id, name, fiscal_year, last_value) VALUES ({tenantId}, {sequence}, {fiscalYear}, 0) ON CONFLICT DO NOTHING",
            cancellationToken);
        var values = await db.Database.SqlQuery<long>(
            $"UPDATE platform_number_sequences SET last_value = last_value + {count} WHERE tenant_id = {tenantId} AND name = {sequence} AND fiscal_year = {fiscalYear} RETURNING last_value AS \"Value\"")
            .ToListAsync(cancellationToken);
        return values.Single();
    }

    private sealed class ClosesConnection(LocalGovDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }
}

/// <summary>
/// New rows of one table for <see cref="DatabaseEngine.WriteRowsAsync"/>: names already delimited for the provider,
/// values already converted to what the provider stores (EF's value converters applied), in the caller's transaction.
/// </summary>
public sealed class BulkRows
{
    public required DbConnection Connection { get; init; }
    public required DbTransaction? Transaction { get; init; }
    public required string Table { get; init; }
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<RelationalTypeMapping> Mappings { get; init; }
    public required IReadOnlyList<bool> Nullable { get; init; }
    public required int Count { get; init; }

    /// <summary>The provider value of row <c>r</c>, column <c>c</c> (null for SQL NULL).</summary>
    public required Func<int, int, object?> Value { get; init; }

    /// <summary><c>INSERT INTO table (columns) VALUES </c>, for the engines that insert.</summary>
    public string InsertHead => $"INSERT INTO {Table} ({string.Join(", ", Columns)}) VALUES ";
}

/// <summary>Carries the engine inside the context's options, so code holding only a context finds it.</summary>
internal sealed class DatabaseEngineExtension(DatabaseEngine engine) : IDbContextOptionsExtension
{
    public DatabaseEngine Engine => engine;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(DatabaseEngineExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;
        public override string LogFragment => $"Engine={((DatabaseEngineExtension)Extension).Engine.Name} ";
        public override int GetServiceProviderHashCode() => ((DatabaseEngineExtension)Extension).Engine.GetType().GetHashCode();
        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo o && o.Extension is DatabaseEngineExtension e && e.Engine.GetType() == ((DatabaseEngineExtension)Extension).Engine.GetType();
        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["LocalGov:DatabaseEngine"] = ((DatabaseEngineExtension)Extension).Engine.Name;
    }
}
