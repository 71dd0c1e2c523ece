using System.Security.Cryptography;
using System.Text;
using LocalGov.Platform.Data;
using LocalGov.Platform.Features;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.OpenData;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Catalog;

/// <summary>A publisher: one LAO, or the national roll-up (<see cref="Lao"/> null).</summary>
public sealed record Publisher(string Name, Guid Id, LocalizedText Title, TenantInfo? Lao, DateTime CreatedAt)
{
    public bool IsNational => Lao is null;

    public LocalizedText Description => Lao is { } lao
        ? new($"ข้อมูลเปิดของ{lao.Name.Th} จากระบบ LocalGov", $"Open data of {lao.Name.En}, from LocalGov.")
        : new("ข้อมูลเปิดภาพรวมทั้งประเทศ: ข้อมูลของทุกองค์กรปกครองส่วนท้องถิ่นที่เผยแพร่ในระบบ LocalGov นี้ รวมไว้ในชุดเดียว",
            "National roll-up: the rows of every LAO publishing on this LocalGov, in one dataset each.");
}

/// <summary>One published dataset: a module's <see cref="IOpenDataset"/> for one publisher.</summary>
public sealed record CatalogEntry(string Name, Guid Id, IOpenDataset Source, Publisher Publisher, IReadOnlyList<TenantInfo> Laos)
{
    public LocalizedText Title => Publisher.Lao is { } lao
        ? new($"{Source.Title.Th} — {lao.Name.Th}", $"{Source.Title.En} — {lao.Name.En}")
        : new($"{Source.Title.Th} — ภาพรวมทั้งประเทศ", $"{Source.Title.En} — national roll-up");
}

/// <summary>A table ready to write: the catalogue's two columns in front of the dataset's own.</summary>
public sealed record CatalogTable(CatalogEntry Entry, IReadOnlyList<OpenDataColumn> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// The open-data catalogue, in one place: which datasets exist (every <see cref="IOpenDataset"/> for every active
/// LAO that has its module on, and a national roll-up of each), their stable names and ids, and their rows. The
/// CKAN API, DCAT and the /open-data page are views of this. Nothing is stored in the database: the list is worked
/// out from the tenant cache's snapshot once per snapshot (<see cref="OpenDataCatalogShapes"/>) and the rows from the
/// modules' tables when a resource is downloaded.
/// </summary>
/// <remarks>
/// A dataset without a feature (satisfaction, <see cref="Datasets.SatisfactionDataset"/>, read from the kernel's
/// indicator) is published by every active LAO.
/// </remarks>
public sealed class OpenDataCatalog(
    ITenantStore tenants,
    IFeatureChecker features,
    IEnumerable<IOpenDataset> datasets,
    ICurrentTenant currentTenant,
    LocalGovDbContext db,
    OpenDataCatalogShapes shapes,
    TimeProvider clock)
{
    /// <summary>The roll-up publisher's name; the underscore keeps it apart from every LAO code (a–z, 0–9 and hyphens).</summary>
    public const string NationalName = "national_rollup";

    private static readonly IReadOnlyList<OpenDataColumn> Leading =
    [
        new("lao_code", OpenDataType.Text, new("รหัสหน่วยงานใน LocalGov", "LAO code in LocalGov")),
        new("province_code", OpenDataType.Text, new("รหัสจังหวัด (กรมการปกครอง)", "Province code (DOPA)")),
    ];

    private IReadOnlyList<CatalogEntry>? _entries;
    private IReadOnlyList<Publisher>? _publishers;

    /// <summary>Publishers with at least one dataset: active LAOs by code, then the national roll-up.</summary>
    public async Task<IReadOnlyList<Publisher>> PublishersAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return _publishers!;
    }

    /// <summary>Every dataset, ordered by name.</summary>
    public async Task<IReadOnlyList<CatalogEntry>> EntriesAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return _entries!;
    }

    public async Task<Publisher?> FindPublisherAsync(string idOrName, CancellationToken cancellationToken) =>
        (await PublishersAsync(cancellationToken)).FirstOrDefault(p =>
            string.Equals(p.Name, idOrName, StringComparison.OrdinalIgnoreCase) || p.Id.ToString() == idOrName.Trim().ToLowerInvariant());

    public async Task<CatalogEntry?> FindAsync(string idOrName, CancellationToken cancellationToken) =>
        (await EntriesAsync(cancellationToken)).FirstOrDefault(e =>
            string.Equals(e.Name, idOrName, StringComparison.OrdinalIgnoreCase) || e.Id.ToString() == idOrName.Trim().ToLowerInvariant());

    /// <summary>The rows of a dataset: the LAO's own, or every publishing LAO's one after the other for the roll-up.</summary>
    public async Task<CatalogTable> ReadAsync(CatalogEntry entry, CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        foreach (var lao in entry.Laos)
        {
            IReadOnlyList<object?[]> own;
            using (currentTenant.Change(lao))
            {
                own = await entry.Source.ReadAsync(cancellationToken);
            }
            rows.AddRange(own.Select(r => (object?[])[lao.Code, lao.ProvinceCode, .. r]));
        }
        return new CatalogTable(entry, [.. Leading, .. entry.Source.Columns], rows);
    }

    /// <summary>The days the figures cover, as of today in Bangkok.</summary>
    public (DateOnly From, DateOnly To) Coverage(CatalogEntry entry) => entry.Source.Coverage(BangkokTime.Today(clock));

    /// <summary>
    /// When the figures last changed, as far as the catalogue can tell: they are computed on each download, so the
    /// start of today (Bangkok); a harvester that compares it sees each dataset change at most once a day.
    /// </summary>
    public DateTime Modified => DateTime.SpecifyKind(BangkokTime.Today(clock).ToDateTime(TimeOnly.MinValue) - Thai.ThaiDate.BangkokOffset, DateTimeKind.Utc);

    /// <summary>A name-based UUID (RFC 9562 version 5 layout over SHA-1), so ids stay the same across restarts and hosts.</summary>
    public static Guid StableId(string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes("localgov:open-data:" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_entries is not null)
        {
            return;
        }
        var snapshot = await tenants.GetAllAsync(cancellationToken);
        var shape = shapes.For(snapshot) ?? shapes.Keep(await ShapeAsync(snapshot, cancellationToken));
        // the shape is shared by every request; the datasets are this request's services (they read its database)
        var bySlug = datasets.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        _entries = [.. shape.Entries.Select(e => new CatalogEntry(e.Name, e.Id, bySlug[e.Slug], e.Publisher, e.Laos))];
        _publishers = shape.Publishers; // the same list while the snapshot lasts
    }

    /// <summary>Which datasets exist for a snapshot of the LAOs: active ones, with the dataset's module on.</summary>
    private async Task<CatalogShape> ShapeAsync(IReadOnlyList<TenantInfo> snapshot, CancellationToken cancellationToken)
    {
        var active = snapshot.Where(t => t.IsActive).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        var ids = active.Select(t => t.Id).ToList();
        var created = await db.Set<Tenant>().AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.CreatedAt, cancellationToken);
        var sources = datasets.OrderBy(d => d.Slug, StringComparer.Ordinal).ToList();
        var entries = new List<CatalogEntry>();
        var publishers = new List<Publisher>();
        var publishing = sources.ToDictionary(s => s, _ => new List<TenantInfo>());
        foreach (var lao in active)
        {
            var publisher = new Publisher(lao.Code, lao.Id, lao.Name, lao, created.GetValueOrDefault(lao.Id));
            foreach (var source in sources)
            {
                if (source.Feature is not { } feature || await features.IsEnabledAsync(lao.Id, feature, cancellationToken))
                {
                    var name = $"{lao.Code}-{source.Slug}";
                    entries.Add(new CatalogEntry(name, StableId(name), source, publisher, [lao]));
                    publishing[source].Add(lao);
                }
            }
            if (entries.Count > 0 && entries[^1].Publisher == publisher)
            {
                publishers.Add(publisher);
            }
        }
        if (publishing.Values.Any(l => l.Count > 0))
        {
            var national = new Publisher(NationalName, StableId("organization:" + NationalName), new("ภาพรวมทั้งประเทศ (LocalGov)", "National roll-up (LocalGov)"),
                null, created.Count == 0 ? Modified : created.Values.Min());
            publishers.Add(national);
            foreach (var source in sources.Where(s => publishing[s].Count > 0))
            {
                var name = $"{NationalName}-{source.Slug}";
                entries.Add(new CatalogEntry(name, StableId(name), source, national, publishing[source]));
            }
        }
        return new CatalogShape(snapshot, publishers,
            [.. entries.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => new ShapeEntry(e.Name, e.Id, e.Source.Slug, e.Publisher, e.Laos))]);
    }
}

/// <summary>The catalogue's list worked out for one snapshot of the LAOs (names, publishers, who publishes what).</summary>
public sealed record CatalogShape(IReadOnlyList<TenantInfo> Snapshot, IReadOnlyList<Publisher> Publishers, IReadOnlyList<ShapeEntry> Entries);

/// <summary>One dataset of a <see cref="CatalogShape"/>, by its source's slug.</summary>
public sealed record ShapeEntry(string Name, Guid Id, string Slug, Publisher Publisher, IReadOnlyList<TenantInfo> Laos);

/// <summary>
/// The catalogue's list, kept between requests (one per host): it depends only on the LAOs (active or not, their
/// modules on or off, their names), which the tenant cache holds as one snapshot, replaced when an LAO changes
/// (<see cref="ITenantStore.Invalidate"/>) and at the latest after <c>MultiTenancy:CacheSeconds</c>. So the list is
/// worked out once per snapshot and is never older than what every page of the site already sees: a suspended LAO
/// or a module switched off leaves the catalogue with the snapshot. It holds names and titles only; the rows (counts
/// and sums, no person) are still read from the modules' tables on each download.
/// </summary>
public sealed class OpenDataCatalogShapes
{
    private volatile CatalogShape? _current;

    /// <summary>The shape worked out for this very snapshot, or null.</summary>
    public CatalogShape? For(IReadOnlyList<TenantInfo> snapshot) =>
        _current is { } shape && ReferenceEquals(shape.Snapshot, snapshot) ? shape : null;

    public CatalogShape Keep(CatalogShape shape) => _current = shape;
}
