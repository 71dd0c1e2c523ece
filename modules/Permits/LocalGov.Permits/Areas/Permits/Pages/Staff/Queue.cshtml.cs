using System.Security.Claims;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Queue;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Staff;

/// <summary>
/// The staff queue: applications still to decide and approved ones waiting for their fee, the soonest due first,
/// each coloured and worded by the time the law leaves (late, due soon, on time, clock stopped).
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.Intake)]
public sealed class QueueModel(LocalGovDbContext db, TimeProvider clock) : PermitsPage
{
    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];
    public IReadOnlyList<PermitType> Types { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public string? StatusFilter { get; private set; }
    public string? TypeFilter { get; private set; }
    public bool Mine { get; private set; }
    public string? Search { get; private set; }

    public async Task OnGetAsync(string? status, string? type, bool mine, string? q, int? p, CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(p ?? 1, 1, 100_000);
        Types = await db.Set<PermitType>().AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
        ApplicationStatus? chosenStatus = Enum.TryParse<ApplicationStatus>(status, ignoreCase: true, out var s) && PermitQueue.Statuses.Contains(s) ? s : null;
        StatusFilter = chosenStatus?.ToString();
        var chosenType = Types.FirstOrDefault(t => t.Code == type);
        TypeFilter = chosenType?.Code;
        Mine = mine;
        Search = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 100)];
        Guid? me = mine && Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : mine ? Guid.Empty : null;
        (Rows, Total) = await PermitQueue.ListAsync(db, new QueueFilter(chosenStatus, chosenType?.Id, me, Search, PageNumber),
            BangkokTime.Today(clock), cancellationToken);
    }

    public string Link(int page) =>
        $"?status={StatusFilter}&type={Uri.EscapeDataString(TypeFilter ?? "")}&mine={(Mine ? "true" : "false")}&q={Uri.EscapeDataString(Search ?? "")}&p={page}";
}
