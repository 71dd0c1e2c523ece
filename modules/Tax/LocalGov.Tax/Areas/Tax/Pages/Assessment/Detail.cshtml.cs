using System.Security.Claims;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Objections;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Assessment;

/// <summary>A bill of the assessment with what settles it today, as Payments reckons it (null for a cancelled or settled bill).</summary>
public sealed record StaffBillRow(TaxBill Bill, BillView? View);

/// <summary>
/// One assessment as staff see it: how the tax was reached, its bills with what is due today, the history of its
/// figures, the warning stage, any overpayment, whether the notice went by email or needs a letter, its
/// objections; and re-assessing the owner now from the register as it stands, with a reason, billing the difference.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Assess)]
public sealed class DetailModel(LocalGovDbContext db, AssessmentEngine engine, IBilling billing, TimeProvider clock) : TaxPage
{
    public const int MaxReason = 500;

    public TaxAssessment Assessment { get; private set; } = null!;
    public TaxPayer Payer { get; private set; } = null!;
    public IReadOnlyList<StaffBillRow> Bills { get; private set; } = [];
    public IReadOnlyList<Objection> Objections { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    /// <summary>Set after a re-assessment: the page then shows the figure before and the bill that followed.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Reassessed { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReassessAsync(string number, CancellationToken cancellationToken)
    {
        var stamp = Stamp; // as the form was shown; loading replaces it with the current one
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }
        var reason = Reason?.Trim() ?? "";
        if (Assessment.Kind != TaxKind.LandBuilding)
        {
            Error("ภาษีป้ายแก้ไขโดยประเมินแบบ ภ.ป.1 ใหม่", "A signboard assessment is corrected by assessing a declaration again.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (reason.Length is < 5 or > MaxReason)
        {
            Error($"ระบุเหตุผลของการประเมินใหม่ (5–{MaxReason} ตัวอักษร) เช่น แก้ไขเนื้อที่ตามการรังวัด",
                $"Give the reason for re-assessing (5–{MaxReason} characters), e.g. the area corrected after a survey.", nameof(Reason));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var by = User.FindFirstValue(ClaimTypes.Name) ?? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "staff";
        var tracked = await db.Set<TaxAssessment>().SingleAsync(a => a.Id == Assessment.Id, cancellationToken);
        if (!string.IsNullOrEmpty(stamp))
        {
            db.Entry(tracked).Property(a => a.ConcurrencyStamp).OriginalValue = stamp;
        }
        if (await TryAsync(db, () => engine.AssessOwnerAsync(tracked.PayerId, tracked.Year, reason, by, cancellationToken)))
        {
            return RedirectToPage(new { number, reassessed = true });
        }
        var status = Response.StatusCode;
        await LoadAsync(number, cancellationToken);
        Stamp = stamp; // a stale form stays stale until it is reloaded
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken cancellationToken)
    {
        Today = BangkokTime.Today(clock);
        var assessment = await db.Set<TaxAssessment>().AsNoTracking().SingleOrDefaultAsync(a => a.Number == number, cancellationToken);
        if (assessment is null)
        {
            return false;
        }
        Assessment = assessment;
        Payer = await db.Set<TaxPayer>().AsNoTracking().SingleAsync(p => p.Id == assessment.PayerId, cancellationToken);
        var bills = await db.Set<TaxBill>().AsNoTracking().Where(b => b.AssessmentId == assessment.Id).ToListAsync(cancellationToken);
        var views = bills.Count == 0 ? [] : await billing.FindByPayerAsync(Payer.Code.Replace("-", "", StringComparison.Ordinal), cancellationToken); // the payer reference bills carry
        Bills = [.. bills.OrderBy(b => b.Id).Select(b => new StaffBillRow(b, views.FirstOrDefault(v => v.Id == b.BillId)))];
        Objections = await db.Set<Objection>().AsNoTracking().Where(o => o.AssessmentId == assessment.Id).OrderBy(o => o.FiledAt).ToListAsync(cancellationToken);
        Stamp = assessment.ConcurrencyStamp;
        return true;
    }

    /// <summary>What settles the open bills today, penalties included.</summary>
    public decimal DueToday => Bills.Where(b => !b.Bill.Cancelled && b.View is not null && b.Bill.Outstanding > 0).Sum(b => b.View!.DueAsOf.Total);

}
