using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Publishing;

public sealed record PublicComplaintRow(string TrackingCode, Guid CategoryId, ComplaintStatus Status, DateTime FiledAt, string? Address,
    string Excerpt, bool HasPin);

public sealed record PublicComplaintPage(IReadOnlyList<PublicComplaintRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A pin for map.js: <c>{ lat, lng, title, url, status }</c> with status "open" or "closed".</summary>
public sealed record MapPoint(double Lat, double Lng, string Title, string Url, string Status);

/// <summary>
/// The complaints of the LAO in context that anyone may see: received (a tracking code, not awaiting email
/// confirmation) and neither confidential when filed nor in a category that is confidential now. Rows carry
/// what the tracking page shows anyway — never the reporter, the officer or internal notes.
/// </summary>
public sealed class PublicComplaintQuery(LocalGovDbContext db)
{
    public const int PageSize = 20;

    /// <summary>The map shows the newest this many pins; a page of filters narrows it further.</summary>
    public const int MapCap = 500;

    /// <summary>The LAO's non-confidential categories, in its own order (the filter's choices and the row labels).</summary>
    public async Task<IReadOnlyList<Category>> CategoriesAsync(CancellationToken cancellationToken) =>
        await db.Set<Category>().AsNoTracking().Where(c => !c.Confidential)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);

    public async Task<PublicComplaintPage> ListAsync(PublicFilter filter, int page, CancellationToken cancellationToken)
    {
        var query = await VisibleAsync(filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query
            .OrderByDescending(c => c.FiledAt).ThenByDescending(c => c.TrackingCode)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new { c.TrackingCode, c.CategoryId, c.Status, c.FiledAt, c.Address, c.Description, HasPin = c.Latitude != null })
            .ToListAsync(cancellationToken);
        return new PublicComplaintPage(
            [.. rows.Select(r => new PublicComplaintRow(r.TrackingCode!, r.CategoryId, r.Status, r.FiledAt!.Value, r.Address, Excerpt(r.Description), r.HasPin))],
            total, page, PageSize);
    }

    /// <summary>Pins of the visible complaints that have one, newest first, at most <see cref="MapCap"/>.</summary>
    public async Task<IReadOnlyList<MapPoint>> MapAsync(PublicFilter filter, bool thai, Func<string, string> trackingUrl, CancellationToken cancellationToken)
    {
        var categories = (await CategoriesAsync(cancellationToken)).ToDictionary(c => c.Id);
        var query = await VisibleAsync(filter, cancellationToken);
        var pins = await query.Where(c => c.Latitude != null && c.Longitude != null)
            .OrderByDescending(c => c.FiledAt).ThenByDescending(c => c.TrackingCode).Take(MapCap)
            .Select(c => new { c.TrackingCode, c.CategoryId, c.Status, c.Latitude, c.Longitude })
            .ToListAsync(cancellationToken);
        return [.. pins.Select(p => new MapPoint(p.Latitude!.Value, p.Longitude!.Value,
            $"{p.TrackingCode} · {(categories.TryGetValue(p.CategoryId, out var c) ? (thai ? c.NameTh : c.NameEn) : "")}",
            trackingUrl(p.TrackingCode!), ComplaintStatusText.IsOpen(p.Status) ? PublicFilter.Open : PublicFilter.Closed))];
    }

    private async Task<IQueryable<Complaint>> VisibleAsync(PublicFilter filter, CancellationToken cancellationToken)
    {
        var categories = await CategoriesAsync(cancellationToken);
        var allowed = (filter.Category is null ? categories : categories.Where(c => c.Code == filter.Category)).Select(c => c.Id).ToList();
        var query = db.Set<Complaint>().AsNoTracking()
            .Where(c => c.TrackingCode != null && c.FiledAt != null && !c.Confidential && c.Status != ComplaintStatus.PendingConfirmation
                && allowed.Contains(c.CategoryId));
        if (filter.State == PublicFilter.Open)
        {
            query = query.Where(c => ComplaintStatusText.Open.Contains(c.Status));
        }
        else if (filter.State == PublicFilter.Closed)
        {
            query = query.Where(c => !ComplaintStatusText.Open.Contains(c.Status));
        }
        if (filter.Month is { } month)
        {
            DateTime from = month.StartUtc, to = month.EndUtc;
            query = query.Where(c => c.FiledAt >= from && c.FiledAt < to);
        }
        if (filter.Code is { } code)
        {
            query = query.Where(c => c.TrackingCode == code);
        }
        return query;
    }

    internal static string Excerpt(string text) => text.Length <= 160 ? text : text[..160].TrimEnd() + "…";
}
