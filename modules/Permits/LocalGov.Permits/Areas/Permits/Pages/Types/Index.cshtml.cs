using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Types;

/// <summary>The LAO's permit types, active and not, with their deadlines, validity and fees.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.ManageTypes)]
public sealed class IndexModel(LocalGovDbContext db) : PermitsPage
{
    public IReadOnlyList<PermitType> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Types = await db.Set<PermitType>().AsNoTracking().OrderByDescending(t => t.Active).ThenBy(t => t.Code).ToListAsync(cancellationToken);

    public string FeeText(PermitType t) => t.FeeMode switch
    {
        FeeMode.Fixed => Baht(t.FixedFee) + T(" บาท", " baht"),
        FeeMode.PerSquareMetre => T($"ตร.ม. ละ {Baht(t.RatePerSquareMetre)} บาท ขั้นต่ำ {Baht(t.MinimumFee)}", $"{Baht(t.RatePerSquareMetre)} baht per m², at least {Baht(t.MinimumFee)}")
            + (t.MaximumFee is { } max ? T($" สูงสุด {Baht(max)}", $", at most {Baht(max)}") : ""),
        _ => T($"ตามประเภทกิจการ ({t.FeeCategories.Count} ประเภท)", $"by category ({t.FeeCategories.Count})"),
    };
}
