using System.Security.Claims;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Signs;

/// <summary>A sign on the register with its owner.</summary>
public sealed record SignRow(Sign Sign, string PayerCode, string PayerName);

/// <summary>A declaration of the year: who filed it, how, whether late, and its ภ.ป.3 once assessed.</summary>
public sealed record DeclarationRow(SignDeclaration Declaration, string PayerCode, string PayerName, bool Late, string? AssessmentNumber);

/// <summary>
/// The signboard register (search by number, owner or place) and the year's declarations (ภ.ป.1), filed or
/// assessed, with the late ones flagged; assessing one issues the ภ.ป.3 notice and its bill.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Assess)]
public sealed class IndexModel(LocalGovDbContext db, SignTaxes signs, TaxRates rates, TimeProvider clock) : TaxPage
{
    public const int Shown = 200;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "y")]
    public int? Year { get; set; }

    public IReadOnlyList<SignRow> Signs { get; private set; } = [];
    public IReadOnlyList<DeclarationRow> Declarations { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAssessAsync(string number, CancellationToken cancellationToken)
    {
        var by = User.FindFirstValue(ClaimTypes.Name) ?? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "staff";
        TaxAssessment? assessment = null;
        if (await TryAsync(db, async () => assessment = await signs.AssessAsync(number, by, cancellationToken)))
        {
            return Redirect($"{Request.PathBase}/staff/tax/assessment/{assessment!.Number}");
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var year = TaxRegistry.CommonEra(Year) ?? BangkokTime.Today(clock).Year;
        Year = year;
        var query = from s in db.Set<Sign>().AsNoTracking()
                    join p in db.Set<TaxPayer>().AsNoTracking() on s.PayerId equals p.Id
                    select new { s, p.Code, p.Name };
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim()[..Math.Min(Q.Trim().Length, 100)];
            var upper = q.ToUpperInvariant();
            query = query.Where(x => x.s.Number == upper || x.Code == upper || x.Name.Contains(q) || x.s.Place.Contains(q));
        }
        Signs = [.. (await query.OrderBy(x => x.s.Number).Take(Shown).ToListAsync(cancellationToken)).Select(x => new SignRow(x.s, x.Code, x.Name))];

        var filingBy = (await rates.ForYearAsync(year, cancellationToken)).SignFilingBy;
        var declarations = await (from d in db.Set<SignDeclaration>().AsNoTracking()
                                  join p in db.Set<TaxPayer>().AsNoTracking() on d.PayerId equals p.Id
                                  where d.Year == year
                                  orderby d.Status, d.FiledOn, d.Number
                                  select new { d, p.Code, p.Name }).Take(Shown).ToListAsync(cancellationToken);
        var ids = declarations.Where(x => x.d.AssessmentId != null).Select(x => x.d.AssessmentId!.Value).ToList();
        var numbers = await db.Set<TaxAssessment>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Number, cancellationToken);
        Declarations = [.. declarations.Select(x => new DeclarationRow(x.d, x.Code, x.Name,
            x.d.Channel != FilingChannel.OfficerFound && x.d.Signs.Any(s => x.d.FiledOn > SignDeclaration.Deadline(filingBy, year, s.InstalledOn)),
            x.d.AssessmentId is { } id ? numbers.GetValueOrDefault(id) : null))];
    }

    public string ChannelName(FilingChannel channel) => channel switch
    {
        FilingChannel.Online => T("ยื่นออนไลน์", "Online"),
        FilingChannel.Counter => T("ยื่นที่สำนักงาน", "At the counter"),
        _ => T("เจ้าพนักงานตรวจพบ (ไม่ยื่นแบบ)", "Found by the officer (not declared)"),
    };
}
