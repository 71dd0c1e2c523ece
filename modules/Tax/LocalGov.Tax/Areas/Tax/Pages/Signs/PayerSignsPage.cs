using LocalGov.Platform.Data;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Signs;

/// <summary>The pages that work on one taxpayer's signs for a year: the payer found by number, their signs standing that year.</summary>
public abstract class PayerSignsPage(LocalGovDbContext db, TimeProvider clock) : SignFormPage(clock)
{
    [BindProperty(SupportsGet = true, Name = "payer")]
    public string? PayerCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "y")]
    public int? Year { get; set; }

    [BindProperty]
    public List<Guid> SignIds { get; set; } = [];

    public TaxPayer? Payer { get; private set; }
    public IReadOnlyList<Sign> PayerSigns { get; private set; } = [];

    protected LocalGovDbContext Db => db;

    protected async Task LoadAsync(CancellationToken cancellationToken)
    {
        Year = TaxRegistry.CommonEra(Year) ?? Today.Year;
        var code = PayerCode?.Trim().ToUpperInvariant() ?? "";
        Payer = code.Length == 0 ? null : await db.Set<TaxPayer>().AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (code.Length > 0 && Payer is null)
        {
            Error("ไม่พบเลขผู้เสียภาษีนี้ในทะเบียน", "No taxpayer with this number is on the register.", nameof(PayerCode));
        }
        if (Payer is not null)
        {
            var year = Year.Value;
            PayerSigns = [.. (await db.Set<Sign>().AsNoTracking().Where(s => s.PayerId == Payer.Id).OrderBy(s => s.Number).ToListAsync(cancellationToken))
                .Where(s => s.StandsIn(year))];
        }
    }
}
