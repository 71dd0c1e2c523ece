using System.Globalization;
using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Pages;
using LocalGov.Complaints.Publishing;
using LocalGov.Platform.Settings;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Public;

/// <summary>
/// Complaints in the area, for anyone: the LAO's non-confidential complaints by category, open or closed, and
/// month of filing, a page at a time, and the same selection on a map. Each row opens the tracking page.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(PublicComplaintQuery query, ISettingProvider settings, TimeProvider clock) : ComplaintsPage
{
    public PublicFilter Filter { get; private set; } = new();
    public PublicComplaintPage Result { get; private set; } = new([], 0, 1, PublicComplaintQuery.PageSize);
    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public IReadOnlyList<BangkokMonth> Months { get; private set; } = [];
    public string MapCenter { get; private set; } = ComplaintsSettings.DefaultMapCenter;

    public async Task OnGetAsync(string? category, string? state, string? month, CancellationToken cancellationToken)
    {
        Filter = PublicFilter.From(category, state, month);
        Categories = await query.CategoriesAsync(cancellationToken);
        // "page" is Razor Pages' own route value (the page's path), so the page number is read from the query string.
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        Result = await query.ListAsync(Filter, page, cancellationToken);
        Months = [.. BangkokMonth.Last(ComplaintStatistics.MonthCount, clock.GetUtcNow().UtcDateTime).Reverse()];
        MapCenter = await ComplaintsSettings.MapCenterAsync(settings, cancellationToken);
    }

    public string CategoryName(Guid id) => Categories.FirstOrDefault(c => c.Id == id) is { } c ? Name(c) : "-";
}
