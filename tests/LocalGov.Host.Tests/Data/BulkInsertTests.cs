using System.Data.Common;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Data;

public enum SampleColour { Red = 1, Green = 2 }

/// <summary>A test-only row with every kind of column the modules store, for comparing bulk inserts with EF's (in the Notes module's model).</summary>
public sealed class BulkSample : Entity, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public string Batch { get; set; } = "";
    public string Text { get; set; } = "";
    public string? OptionalText { get; set; }
    public string Empty { get; set; } = "";
    public Guid Reference { get; set; }
    public Guid? OptionalReference { get; set; }
    public DateTime At { get; set; }
    public DateTime? OptionalAt { get; set; }
    public DateOnly Day { get; set; }
    public DateOnly? OptionalDay { get; set; }
    public decimal Amount { get; set; }
    public decimal? OptionalAmount { get; set; }
    public bool Flag { get; set; }
    public int Count { get; set; }
    public long Big { get; set; }
    public double Ratio { get; set; }
    public SampleColour Colour { get; set; }
    public SampleColour NamedColour { get; set; }
    public byte[]? Bytes { get; set; }
    public List<BulkSampleLine> Lines { get; set; } = [];
}

public sealed class BulkSampleLine
{
    public int Sequence { get; set; }
    public string Code { get; set; } = "";
    public decimal Amount { get; set; }
}

/// <summary>
/// Rows written by <see cref="BulkInsert"/> are stored exactly as EF stores them (SQLite binds by position on its own
/// handle inside a transaction, and by name outside one; PostgreSQL copies in binary): the same text for GUIDs,
/// dates and decimals, the same numbers, NULLs and empty strings, and the same owned rows.
/// </summary>
public abstract class BulkInsertTests(LocalGovHost host)
{
    private const int Rows = 8;

    private static BulkSample Sample(string batch, int i) => new()
    {
        Batch = batch,
        Text = $"ภาษีที่ดิน {i} “quoted” 'single' \\ 🏠",
        OptionalText = i % 2 == 0 ? null : "มี",
        Reference = Guid.Parse("0a1b2c3d-4e5f-6a7b-8c9d-aebfc0d1e2f" + i % 10),
        OptionalReference = i % 2 == 0 ? null : Guid.CreateVersion7(),
        At = i == 7 ? new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_995) // before PostgreSQL's epoch
            : new DateTime(2026, 11, 22, 7, 5, 3, DateTimeKind.Utc).AddTicks(i * 1_234_567), // ticks finer than a microsecond too
        OptionalAt = i % 2 == 0 ? null : new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Day = i == 7 ? new DateOnly(1999, 12, 31) : new DateOnly(2026, 2, 28).AddDays(i),
        OptionalDay = i % 2 == 0 ? null : new DateOnly(2026, 12, 31),
        Amount = i switch
        {
            0 => 0m,
            1 => 1_234_567.89m,
            2 => -0.5m,
            3 => 100m / 3,
            4 => 10_000.0000m, // trailing zero digit groups, kept as the scale
            5 => -0.00000001m,
            6 => decimal.MaxValue,
            _ => -98_765_432_109_876_543.210_987m,
        },
        OptionalAmount = i % 2 == 0 ? null : 3_000.00m,
        Flag = i % 2 == 1,
        Count = -i,
        Big = long.MaxValue - i,
        Ratio = i / 7.0,
        Colour = i % 2 == 0 ? SampleColour.Red : SampleColour.Green,
        NamedColour = i % 2 == 0 ? SampleColour.Green : SampleColour.Red,
        Bytes = i % 2 == 0 ? null : [0, 1, 2, 255],
        Lines = [new() { Sequence = 1, Code = "A" + i, Amount = 10.5m * i }, new() { Sequence = 2, Code = "", Amount = 0m }],
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RowsWrittenInBulk_AreStoredExactlyAsEfStoresThem(bool inTransaction)
    {
        var tenant = await host.ProvisionAsync("b" + Guid.NewGuid().ToString("N")[..10], "ทดสอบ", "Bulk test", []);
        var ef = "ef-" + Guid.NewGuid().ToString("N");
        var bulk = "bulk-" + Guid.NewGuid().ToString("N");
        await host.InTenantAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<LocalGovDbContext>();
            db.AddRange(Enumerable.Range(0, Rows).Select(i => Sample(ef, i)));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            var rows = Enumerable.Range(0, Rows).Select(i => Sample(bulk, i)).ToList();
            if (inTransaction)
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await db.InsertManyAsync(rows, "bulk-test", DateTime.UtcNow, CancellationToken.None);
                await transaction.CommitAsync();
            }
            else
            {
                await db.InsertManyAsync(rows, "bulk-test", DateTime.UtcNow, CancellationToken.None);
            }

            var samples = db.Model.FindEntityType(typeof(BulkSample))!;
            var byEf = await StoredAsync(db, samples, ef);
            var inBulk = await StoredAsync(db, samples, bulk);
            Assert.Equal(Rows, inBulk.Count);
            SameAsStored(byEf, inBulk, "id", "batch", "created_at", "created_by", "optional_reference"); // new ids, the batch marker, the author's stamp
            Assert.All(inBulk, row => Assert.Equal(tenant.Id.ToString(), Guidish(row["tenant_id"])));
            Assert.All(inBulk, row => Assert.Equal("bulk-test", Unquote(row["created_by"])));
            // the owned lines, as stored and as read back
            var lines = samples.FindNavigation(nameof(BulkSample.Lines))!.TargetEntityType;
            var bulkStoredLines = await StoredAsync(db, lines, bulk);
            Assert.Equal(2 * Rows, bulkStoredLines.Count);
            SameAsStored(await StoredAsync(db, lines, ef), bulkStoredLines, "sample_id");
            var efLines = await LinesAsync(db, ef);
            var bulkLines = await LinesAsync(db, bulk);
            Assert.Equal(2 * Rows, bulkLines.Count);
            Assert.Equal(efLines, bulkLines);

            // and EF reads the bulk rows back to the same values
            var back = await db.Set<BulkSample>().AsNoTracking().Where(s => s.Batch == bulk).OrderBy(s => s.Count).ToListAsync();
            var efBack = await db.Set<BulkSample>().AsNoTracking().Where(s => s.Batch == ef).OrderBy(s => s.Count).ToListAsync();
            var expected = Enumerable.Range(0, Rows).Select(i => Sample(bulk, i)).OrderBy(s => s.Count).ToList();
            for (var i = 0; i < Rows; i++)
            {
                Assert.Equal(expected[i].Text, back[i].Text);
                Assert.Equal("", back[i].Empty);
                Assert.Equal(expected[i].Reference, back[i].Reference);
                Assert.Equal(efBack[i].At, back[i].At); // PostgreSQL keeps microseconds, SQLite every tick
                Assert.InRange((expected[i].At - back[i].At).Duration(), TimeSpan.Zero, TimeSpan.FromTicks(9));
                Assert.Equal(expected[i].Day, back[i].Day);
                Assert.Equal(expected[i].Amount, back[i].Amount);
                Assert.Equal(expected[i].OptionalAmount, back[i].OptionalAmount);
                Assert.Equal(expected[i].Big, back[i].Big);
                Assert.Equal(expected[i].NamedColour, back[i].NamedColour);
                Assert.Equal(expected[i].Bytes, back[i].Bytes);
            }
            return 0;
        });
    }

    [Fact]
    public async Task ABulkRowBreakingAConstraint_FailsTheBatch_AndLeavesNothingOfIt()
    {
        var tenant = await host.ProvisionAsync("b" + Guid.NewGuid().ToString("N")[..10], "ทดสอบ", "Bulk test", []);
        var batch = "dup-" + Guid.NewGuid().ToString("N");
        await host.InTenantAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<LocalGovDbContext>();
            var first = Sample(batch, 1);
            var twin = Sample(batch, 2);
            typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(twin, first.Id); // the same primary key twice
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await Assert.ThrowsAnyAsync<DbException>(() => db.InsertManyAsync([Sample(batch, 0), first, twin], "bulk-test", DateTime.UtcNow, CancellationToken.None));
            }
            Assert.Equal(0, await db.Set<BulkSample>().CountAsync(s => s.Batch == batch));
            return 0;
        });
    }

    /// <summary>Whether rows of <paramref name="table"/> take the provider's fast path (SQLite: bound by position; PostgreSQL: encoded by the row writer).</summary>
    protected abstract bool TakesFastPath(IEntityType table);

    /// <summary>The tables the billing and assessment runs write all take the fast path (none silently falls back).</summary>
    [Fact]
    public void EveryTableTheBulkRunsWrite_TakesTheFastPath()
    {
        using var scope = host.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Model;
        var types = new[]
        {
            typeof(BulkSample), typeof(global::LocalGov.Tax.Assessment.TaxAssessment), typeof(global::LocalGov.Tax.Assessment.TaxBill), typeof(global::LocalGov.Payments.Bills.Bill),
            typeof(global::LocalGov.Platform.Emailing.OutboxEmail), typeof(global::LocalGov.WasteFees.Billing.WasteCharge), typeof(global::LocalGov.Tax.Registry.TaxPayer),
            typeof(global::LocalGov.Tax.Registry.TaxProperty), typeof(global::LocalGov.Tax.Registry.PropertyOwner),
        };
        foreach (var entity in types.Select(t => model.FindEntityType(t)!))
        {
            foreach (var table in entity.GetNavigations().Where(n => n.IsCollection && n.TargetEntityType.IsOwned()).Select(n => n.TargetEntityType).Prepend(entity))
            {
                Assert.True(TakesFastPath(table), $"{table.DisplayName()} has a column the provider's fast path does not cover");
            }
        }
    }

    /// <summary>
    /// The batch's rows of <paramref name="table"/> (the samples, or their owned lines) as stored, column by column:
    /// on SQLite <c>quote()</c> shows the stored type (text in quotes, numbers bare, X'..' blobs), on PostgreSQL and
    /// MySQL the text form (blobs in hex on MySQL). In sample order (and line order within a sample), which is the same for both batches.
    /// </summary>
    private static async Task<List<Dictionary<string, object?>>> StoredAsync(LocalGovDbContext db, IEntityType table, string batch)
    {
        var store = StoreObjectIdentifier.Table(table.GetTableName()!, table.GetSchema());
        var properties = table.GetProperties().Where(p => p.GetColumnName(store) is not null).ToList();
        var columns = properties.Select(p => p.GetColumnName(store)!).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var mysql = db.Database.ProviderName!.Contains("MySQL", StringComparison.OrdinalIgnoreCase);
        var show = string.Join(", ", properties.Select(p => (Column: "t." + sql.DelimitIdentifier(p.GetColumnName(store)!), p.ClrType)).Select(c =>
            db.Database.IsSqlite() ? $"quote({c.Column})"
            : mysql ? c.ClrType == typeof(byte[]) ? $"HEX({c.Column})" : $"CAST({c.Column} AS CHAR)"
            : $"{c.Column}::text"));
        var count = sql.DelimitIdentifier("count");
        var (join, order) = table.IsOwned()
            ? ("JOIN test_bulk_samples s ON s.id = t.sample_id", $"s.{count} DESC, t.sequence")
            : ("JOIN test_bulk_samples s ON s.id = t.id", $"s.{count} DESC");
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT {show} FROM {sql.DelimitIdentifier(store.Name)} t {join} WHERE s.batch = @batch ORDER BY {order}";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@batch";
            parameter.Value = batch;
            command.Parameters.Add(parameter);
            var rows = new List<Dictionary<string, object?>>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(columns.Select((c, i) => (c, reader.IsDBNull(i) ? null : reader.GetValue(i))).ToDictionary(x => x.c, x => x.Item2));
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void SameAsStored(List<Dictionary<string, object?>> byEf, List<Dictionary<string, object?>> inBulk, params string[] differByDesign)
    {
        Assert.Equal(byEf.Count, inBulk.Count);
        for (var i = 0; i < byEf.Count; i++)
        {
            foreach (var (column, stored) in byEf[i].Where(c => !differByDesign.Contains(c.Key)))
            {
                Assert.True(Equals(stored, inBulk[i][column]), $"row {i} column {column}: EF stored {stored}, bulk stored {inBulk[i][column]}");
            }
        }
    }

    private static async Task<List<string>> LinesAsync(LocalGovDbContext db, string batch) =>
        (await db.Set<BulkSample>().AsNoTracking().Where(s => s.Batch == batch).OrderByDescending(s => s.Count).ToListAsync())
            .SelectMany(s => s.Lines.OrderBy(l => l.Sequence).Select(l => $"{l.Sequence}:{l.Code}={l.Amount}")).ToList();

    private static string Unquote(object? stored) => stored?.ToString()!.Trim('\'') ?? "";

    private static string Guidish(object? stored) => Unquote(stored).ToLowerInvariant();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBulkInsertTests(SqliteHost host) : BulkInsertTests(host)
{
    protected override bool TakesFastPath(IEntityType table) => LocalGov.Data.Sqlite.SqliteRowWriter.Plan(BulkInsert.ColumnMappings(table)) is not null;
}

[Collection(MySqlCollection.Name)]
public sealed class MySqlBulkInsertTests(MySqlHost host) : BulkInsertTests(host)
{
    protected override bool TakesFastPath(IEntityType table) => LocalGov.Data.MySql.MySqlBulkWriter.Plan(BulkInsert.ColumnMappings(table)) is not null;
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresBulkInsertTests(PostgresHost host) : BulkInsertTests(host)
{
    protected override bool TakesFastPath(IEntityType table) => LocalGov.Data.PostgreSql.PostgresRowWriter.Plan(BulkInsert.ColumnMappings(table)) is not null;

    /// <summary>
    /// A row that cannot be read, after many rows have already gone to the server, ends the COPY with nothing of it
    /// stored, even with no transaction to roll back, and leaves the connection usable.
    /// </summary>
    [Fact]
    public async Task ACopyFailingPartWay_StoresNoneOfItsRows()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var types = db.GetService<IRelationalTypeMappingSource>();
        var writer = LocalGov.Data.PostgreSql.PostgresRowWriter.Plan([types.FindMapping(typeof(int))!, types.FindMapping(typeof(string))!])!;
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
            await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE bulk_cancel (n integer NOT NULL, t text NOT NULL)");
            var text = new string('ก', 100); // 300 bytes a row: the buffer goes to the server every ~200 rows
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(connection,
                "COPY bulk_cancel (n, t) FROM STDIN (FORMAT BINARY)", 5_000,
                (r, c) => r == 4_000 ? throw new InvalidOperationException("unreadable row") : c == 0 ? r : text,
                CancellationToken.None));
            Assert.Equal("unreadable row", failure.Message);
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM bulk_cancel").SingleAsync());

            await writer.WriteAsync(connection, "COPY bulk_cancel (n, t) FROM STDIN (FORMAT BINARY)", 3, (r, c) => c == 0 ? r : text, CancellationToken.None);
            Assert.Equal(3, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM bulk_cancel").SingleAsync());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
