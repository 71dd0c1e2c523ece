using System.Security.Claims;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Objections;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Objections;

/// <summary>
/// One objection: the owner's grounds, the assessment it is against, and the decision — uphold (after correcting the
/// register, re-assess and bill the difference) or reject with reasons. A form left open while another officer
/// decided is refused with 409.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Objections)]
public sealed class DetailModel(LocalGovDbContext db, LocalGov.Tax.Objections.Objections objections) : TaxPage
{
    public Objection Objection { get; private set; } = null!;
    public TaxAssessment Assessment { get; private set; } = null!;
    public TaxPayer Payer { get; private set; } = null!;

    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken cancellationToken)
    {
        var stamp = Stamp;
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }
        if (Outcome is not ("uphold" or "reject"))
        {
            Error("เลือกรับหรือยกคำคัดค้าน", "Choose to uphold or reject the objection.", nameof(Outcome));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var by = User.FindFirstValue(ClaimTypes.Name) ?? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "staff";
        if (await TryAsync(db, () => objections.DecideAsync(number, Outcome == "uphold", Reasons, by, string.IsNullOrEmpty(stamp) ? null : stamp, cancellationToken)))
        {
            return RedirectToPage(new { number });
        }
        var status = Response.StatusCode;
        await LoadAsync(number, cancellationToken);
        Stamp = stamp; // a stale form stays stale until it is reloaded
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken cancellationToken)
    {
        var objection = await db.Set<Objection>().AsNoTracking().SingleOrDefaultAsync(o => o.Number == number, cancellationToken);
        if (objection is null)
        {
            return false;
        }
        Objection = objection;
        Assessment = await db.Set<TaxAssessment>().AsNoTracking().SingleAsync(a => a.Id == objection.AssessmentId, cancellationToken);
        Payer = await db.Set<TaxPayer>().AsNoTracking().SingleAsync(p => p.Id == Assessment.PayerId, cancellationToken);
        Stamp = objection.ConcurrencyStamp;
        return true;
    }
}
