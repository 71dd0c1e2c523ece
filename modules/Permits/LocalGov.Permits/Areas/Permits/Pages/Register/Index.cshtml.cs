using LocalGov.Permits.Issuing;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Register;

/// <summary>
/// The permit register: every permit the LAO issued, searched by number or business name and filtered by status as
/// of today (a valid permit past its last day counts as expired even before the nightly job marks it).
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.Review)]
public sealed class IndexModel(LocalGovDbContext db, TimeProvider clock) : PermitsPage
{
    public const int PageSize = 50;

    public sealed record Row(Permit Permit, string TypeNameTh, string TypeNameEn, PermitStatus StatusToday);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public string? StatusFilter { get; private set; }
    public string? Search { get; private set; }

    public async Task OnGetAsync(string? status, string? q, int? p, CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        PageNumber = Math.Clamp(p ?? 1, 1, 100_000);
        Search = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 100)];
        var query = db.Set<Permit>().AsNoTracking();
        PermitStatus? chosen = Enum.TryParse<PermitStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        StatusFilter = chosen?.ToString();
        query = chosen switch
        {
            PermitStatus.Valid => query.Where(x => x.Status == PermitStatus.Valid && (x.ValidUntil == null || x.ValidUntil >= today)),
            PermitStatus.Expired => query.Where(x => x.Status == PermitStatus.Expired || (x.Status == PermitStatus.Valid && x.ValidUntil < today)),
            { } other => query.Where(x => x.Status == other),
            null => query,
        };
        if (Search is not null)
        {
            var number = Search.ToUpperInvariant();
            query = query.Where(x => x.Number.Contains(number) || x.BusinessName.Contains(Search));
        }
        Total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(x => x.IssuedAt).ThenByDescending(x => x.Number)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var types = await db.Set<PermitType>().AsNoTracking().Select(t => new { t.Id, t.NameTh, t.NameEn }).ToDictionaryAsync(t => t.Id, cancellationToken);
        Rows = [.. page.Select(x => new Row(x, types[x.PermitTypeId].NameTh, types[x.PermitTypeId].NameEn, x.StatusOn(today)))];
    }

    public string Link(int page) => $"?status={StatusFilter}&q={Uri.EscapeDataString(Search ?? "")}&p={page}";
}
