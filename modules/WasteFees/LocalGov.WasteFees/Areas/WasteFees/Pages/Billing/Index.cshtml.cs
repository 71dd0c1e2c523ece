using System.Security.Claims;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Billing;

/// <summary>
/// The monthly billing page: when the LAO bills, what each run did, and a button to bill a month now, whose
/// progress bar follows the run in the background.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Bill)]
public sealed class IndexModel(LocalGovDbContext db, BillingRuns runs, ISettingProvider settings, TimeProvider clock,
    IMenuProvider menus) : LocalGovPageModel
{
    /// <summary>The LAO settings page is in this officer's menu: only then are they sent there (others would be refused).</summary>
    public bool CanChangeSettings { get; private set; }

    public int BillingDay { get; private set; }
    public int DueDays { get; private set; }
    public decimal PrepaymentDiscount { get; private set; }
    public IReadOnlyList<BillingRun> Runs { get; private set; } = [];
    public IReadOnlyList<BillingPeriod> Choices { get; private set; } = [];
    public BillingRun? Current { get; private set; }
    public int PointsServed { get; private set; }
    public BillingPeriod ThisMonth { get; private set; }

    [BindProperty]
    public string? Period { get; set; }

    public async Task OnGetAsync(Guid? run, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Current = run is { } id ? Runs.FirstOrDefault(r => r.Id == id) : Runs.FirstOrDefault(r => r.Status == BillingRunStatus.Running);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (BillingPeriod.Parse(Period) is not { } period)
        {
            Error("เลือกเดือนที่จะออกใบแจ้งหนี้", "Choose the month to bill.", nameof(Period));
        }
        else
        {
            var by = User.FindFirstValue(ClaimTypes.Name) ?? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "staff";
            BillingRun? started = null;
            if (await TryAsync(db, async () => started = await runs.StartAsync(period, by, cancellationToken)))
            {
                return RedirectToPage(new { run = started!.Id });
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        BillingDay = await WasteFeesSettings.BillingDayAsync(settings, cancellationToken);
        DueDays = await WasteFeesSettings.DueDaysAsync(settings, cancellationToken);
        PrepaymentDiscount = await WasteFeesSettings.PrepaymentDiscountAsync(settings, cancellationToken);
        CanChangeSettings = (await menus.GetAsync(MenuArea.Staff, User, cancellationToken)).Any(i => i.Url == "/admin/settings");
        Runs = await runs.RecentAsync(cancellationToken);
        var today = BangkokTime.Today(clock);
        ThisMonth = BillingPeriod.Of(today);
        Choices = [.. Enumerable.Range(0, 13).Select(i => ThisMonth.Plus(-i))];
        PointsServed = await BillingEngine.Served(db, ThisMonth).CountAsync(cancellationToken);
    }

    public string StatusText(BillingRun run) => run.Status switch
    {
        BillingRunStatus.Running when !run.IsAlive(clock.GetUtcNow().UtcDateTime) => T("หยุดค้าง (เริ่มใหม่เพื่อทำต่อ)", "Stalled (start again to resume)"),
        BillingRunStatus.Running => T("กำลังออกใบแจ้งหนี้", "Running"),
        BillingRunStatus.Completed => T("เสร็จแล้ว", "Completed"),
        _ => T("หยุดก่อนเสร็จ (เริ่มใหม่เพื่อทำต่อ)", "Stopped (start again to resume)"),
    };
}
