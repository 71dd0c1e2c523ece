using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Filing;

/// <summary>An open complaint near the pin, offered before filing so the resident can follow it instead.</summary>
public sealed record NearbyComplaint(string TrackingCode, string Description, ComplaintStatus Status, DateTime FiledAt, int DistanceMeters, int Photos);

/// <summary>
/// Open, non-confidential complaints of the same category within the category's duplicate radius, nearest first.
/// A bounding box narrows the query in SQL; the exact great-circle distance decides.
/// </summary>
public sealed class DuplicateFinder(LocalGovDbContext db)
{
    public async Task<IReadOnlyList<NearbyComplaint>> FindAsync(string categoryCode, double latitude, double longitude, CancellationToken cancellationToken)
    {
        var point = GeoPoint.From(latitude, longitude)!.Value;
        var category = await db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(c => c.Code == categoryCode && c.Active, cancellationToken);
        if (category is null || category.Confidential || category.DuplicateRadiusMeters <= 0)
        {
            return [];
        }
        var (dLat, dLon) = point.Span(category.DuplicateRadiusMeters);
        double minLat = point.Latitude - dLat, maxLat = point.Latitude + dLat, minLon = point.Longitude - dLon, maxLon = point.Longitude + dLon;
        var open = ComplaintStatusText.Open;
        var candidates = await db.Set<Complaint>().AsNoTracking()
            .Where(c => c.CategoryId == category.Id && !c.Confidential && open.Contains(c.Status)
                && c.Latitude >= minLat && c.Latitude <= maxLat && c.Longitude >= minLon && c.Longitude <= maxLon)
            .Select(c => new { c.Id, c.TrackingCode, c.Description, c.Status, c.FiledAt, c.Latitude, c.Longitude })
            .Take(200).ToListAsync(cancellationToken);
        var ids = candidates.Select(c => c.Id).ToList();
        var photos = await db.Set<ComplaintPhoto>().AsNoTracking().Where(p => ids.Contains(p.ComplaintId) && !p.Hidden && p.Kind == PhotoKind.Report)
            .GroupBy(p => p.ComplaintId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. candidates
            .Select(c => (c, Distance: point.DistanceTo(new GeoPoint(c.Latitude!.Value, c.Longitude!.Value))))
            .Where(x => x.Distance <= category.DuplicateRadiusMeters)
            .OrderBy(x => x.Distance)
            .Take(10)
            .Select(x => new NearbyComplaint(x.c.TrackingCode!, Shorten(x.c.Description), x.c.Status, x.c.FiledAt!.Value,
                (int)Math.Round(x.Distance), photos.GetValueOrDefault(x.c.Id)))];
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
