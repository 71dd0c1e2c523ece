using System.Security.Claims;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Assessment;

/// <summary>
/// The annual land-and-building assessment: start the year (its progress bar follows the run in the background),
/// the runs with the owners each had to skip so the register can be fixed and the year run again, and a search over
/// every assessment.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Assess)]
public sealed class IndexModel(LocalGovDbContext db, AssessmentRuns runs, TimeProvider clock) : TaxPage
{
    public IReadOnlyList<AssessmentRun> Runs { get; private set; } = [];
    public AssessmentRun? Current { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public int Owners { get; private set; }
    public AssessmentPage Found { get; private set; } = new([], 0, 1, 1);
    public DateTime Now { get; private set; }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "y")]
    public int? SearchYear { get; set; }

    [BindProperty(SupportsGet = true)]
    public TaxKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public AssessmentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unpaid { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(Guid? run, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Current = run is { } id ? Runs.FirstOrDefault(r => r.Id == id) : Runs.FirstOrDefault(r => r.Status == RunStatus.Running);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Year is not { } year)
        {
            Error("เลือกปีภาษีที่จะประเมิน", "Choose the tax year to assess.", nameof(Year));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            var by = User.FindFirstValue(ClaimTypes.Name) ?? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "staff";
            AssessmentRun? started = null;
            if (await TryAsync(db, async () => started = await runs.StartAsync(TaxRegistry.CommonEra(year)!.Value, by, cancellationToken)))
            {
                return RedirectToPage(new { run = started!.Id });
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var current = BangkokTime.Today(clock).Year;
        Years = [current, current - 1];
        Runs = await runs.RecentAsync(cancellationToken);
        Owners = await db.Set<PropertyOwner>().Where(o => db.Set<TaxProperty>().Any(p => p.Id == o.PropertyId && p.Active))
            .Select(o => o.PayerId).Distinct().CountAsync(cancellationToken);
        Found = await AssessmentSearch.FindAsync(db, new AssessmentFilter(Q, SearchYear, Kind, Status, Unpaid, PageNumber), cancellationToken);
    }

    /// <summary>The search's link to another page of results.</summary>
    public string PageLink(int page)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var parts = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["y"] = SearchYear?.ToString(inv),
            ["kind"] = Kind?.ToString(),
            ["status"] = Status?.ToString(),
            ["unpaid"] = Unpaid ? "true" : null,
            ["p"] = page.ToString(inv),
        };
        return "?" + string.Join("&", parts.Where(kv => kv.Value is not null).Select(kv => kv.Key + "=" + Uri.EscapeDataString(kv.Value!))) + "#search";
    }
}
