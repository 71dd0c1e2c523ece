using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Areas.Permits.Pages.Staff;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LocalGov.Platform.Localization;

namespace LocalGov.Permits.Areas.Permits.Pages.Register;

/// <summary>
/// One permit in the register, with the link to its public verification page; supervisors suspend, revoke or
/// reinstate it with a reason (each change is in the entity change log, and noted on the application's timeline).
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.Review)]
public sealed class PermitModel(LocalGovDbContext db, IPermissionChecker permissions, TimeProvider clock) : PermitsPage
{
    public Permit Permit { get; private set; } = null!;
    public PermitType Type { get; private set; } = null!;
    public string ApplicationNumber { get; private set; } = "";
    public PermitStatus StatusToday { get; private set; }
    public bool CanSupervise { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSuspendAsync(string number, string? stamp, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(number, stamp, reason, (p, now, r) => p.Suspend(now, r), new LocalizedText("พักใช้ใบอนุญาต", "Permit suspended"), cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(string number, string? stamp, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(number, stamp, reason, (p, now, r) => p.Revoke(now, r), new LocalizedText("เพิกถอนใบอนุญาต", "Permit revoked"), cancellationToken);

    public Task<IActionResult> OnPostReinstateAsync(string number, string? stamp, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(number, stamp, reason, (p, now, r) => p.Reinstate(now, r), new LocalizedText("ให้ใบอนุญาตกลับมาใช้ได้", "Permit reinstated"), cancellationToken);

    private async Task<IActionResult> ChangeAsync(string number, string? stamp, string? reason, Action<Permit, DateTime, string> change, LocalizedText what,
        CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }
        if (!CanSupervise)
        {
            Error("ท่านไม่มีสิทธิ์พักใช้ เพิกถอน หรือคืนสถานะใบอนุญาต", "You may not suspend, revoke or reinstate permits.");
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        var text = reason?.Trim() ?? "";
        if (await TryAsync(db, async () =>
            {
                if (text.Length > 1000)
                {
                    throw new BusinessRuleException(new("เหตุผลยาวเกิน 1,000 ตัวอักษร", "The reason is longer than 1,000 characters."), "reason");
                }
                var permit = await db.Set<Permit>().SingleAsync(p => p.Number == number, cancellationToken);
                if (!string.IsNullOrEmpty(stamp))
                {
                    db.Entry(permit).Property(p => p.ConcurrencyStamp).OriginalValue = stamp;
                }
                var now = clock.GetUtcNow().UtcDateTime;
                change(permit, now, text);
                db.Add(new ApplicationEvent(permit.ApplicationId, now, ApplicationEventKind.Note, StaffForms.StaffName(User), new LocalizedText($"{what.Th} {permit.Number}: {text}", $"{what.En} {permit.Number}: {text}").Stored));
                await db.SaveChangesAsync(cancellationToken);
            }))
        {
            return LocalRedirect($"{Request.PathBase}/staff/permits/issued/{number}");
        }
        await LoadAsync(number, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken cancellationToken)
    {
        var permit = await db.Set<Permit>().AsNoTracking().SingleOrDefaultAsync(p => p.Number == number, cancellationToken);
        if (permit is null)
        {
            return false;
        }
        Permit = permit;
        Type = await db.Set<PermitType>().AsNoTracking().SingleAsync(t => t.Id == permit.PermitTypeId, cancellationToken);
        ApplicationNumber = await db.Set<PermitApplication>().AsNoTracking().Where(a => a.Id == permit.ApplicationId).Select(a => a.Number).SingleAsync(cancellationToken);
        StatusToday = permit.StatusOn(BangkokTime.Today(clock));
        CanSupervise = await permissions.IsGrantedAsync(User, PermitsPermissions.Supervise, cancellationToken);
        return true;
    }
}
