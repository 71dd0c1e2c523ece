using LocalGov.Permits.Applying;
using LocalGov.Permits.Clocks;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Staff;

/// <summary>The supervisor's list of late decisions: how late, how many 7-day notices went out, who has it and why.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.Supervise)]
public sealed class LateModel(LocalGovDbContext db, TimeProvider clock) : PermitsPage
{
    public const int Limit = 500;

    public sealed record Row(string Number, string TypeNameTh, string TypeNameEn, string BusinessName, DateOnly DueOn, int DaysLate, int Notices,
        DateOnly? LastNoticeOn, string? OfficerName, string? LateReason);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        var query = LateDecisions.LateQuery(db, today).AsNoTracking();
        Total = await query.CountAsync(cancellationToken);
        var late = await query.OrderBy(a => a.DueOn).ThenBy(a => a.Number).Take(Limit)
            .Select(a => new { a.Number, a.PermitTypeId, a.BusinessName, a.DueOn, a.LateNotices, a.LastLateNoticeOn, a.OfficerName, a.LateReason })
            .ToListAsync(cancellationToken);
        var types = await db.Set<PermitType>().AsNoTracking().Select(t => new { t.Id, t.NameTh, t.NameEn }).ToDictionaryAsync(t => t.Id, cancellationToken);
        Rows = [.. late.Select(a => new Row(a.Number, types[a.PermitTypeId].NameTh, types[a.PermitTypeId].NameEn, a.BusinessName, a.DueOn!.Value,
            today.DayNumber - a.DueOn!.Value.DayNumber, a.LateNotices, a.LastLateNoticeOn, a.OfficerName, a.LateReason))];
    }
}
