using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Registry;

/// <summary>
/// One taxpayer: the masked ID (the full ID on request, audited), contact details to edit (a stale form is a 409),
/// their properties with share and house-register flag, their signs and their assessments.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Registry)]
public sealed class PayerModel(LocalGovDbContext db, TaxRegistry registry) : PayerFormPage
{
    public sealed record Holding(string Code, PropertyKind Kind, string Location, decimal SharePercent, bool InHouseRegister);

    public TaxPayer Payer { get; private set; } = null!;
    public IReadOnlyList<Holding> Holdings { get; private set; } = [];
    public IReadOnlyList<Sign> Signs { get; private set; } = [];
    public IReadOnlyList<TaxAssessment> Assessments { get; private set; } = [];
    public string? Stamp { get; private set; }
    public string? FullId { get; private set; }
    public bool Saved { get; private set; }

    public override bool IsNew => false;

    public async Task<IActionResult> OnGetAsync(string code, bool? saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        Fill();
        Saved = saved == true;
        return Page();
    }

    /// <summary>Shows the full ID once, on this response; audited as Tax.PayerIdRevealed.</summary>
    public async Task<IActionResult> OnPostRevealAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        Fill();
        FullId = registry.RevealId(Payer);
        Response.Headers.CacheControl = "private, no-store";
        return Page();
    }

    /// <summary>A new claim code; the old one stops working, the new one is shown here and printed on the next notices.</summary>
    public async Task<IActionResult> OnPostReissueCodeAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        await registry.ReissueClaimCodeAsync(Payer.Code, cancellationToken);
        return LocalRedirect($"{Request.PathBase}/staff/tax/registry/payers/{Payer.Code}?saved=true");
    }

    public async Task<IActionResult> OnPostAsync(string code, string? stamp, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        Stamp = stamp;
        var details = Details(Payer.Kind, null);
        var errors = details.Validate().Where(e => e.Field != nameof(PayerDetails.Id)).ToList();
        if (errors.Count > 0)
        {
            AddErrors(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await TryAsync(db, async () =>
            {
                var payer = await db.Set<TaxPayer>().SingleAsync(p => p.Id == Payer.Id, cancellationToken);
                db.Entry(payer).Property(p => p.ConcurrencyStamp).OriginalValue = stamp ?? "";
                TaxRegistry.ApplyContact(payer, details);
                await db.SaveChangesAsync(cancellationToken);
            }))
        {
            return LocalRedirect($"{Request.PathBase}/staff/tax/registry/payers/{Payer.Code}?saved=true");
        }
        return Page();
    }

    public string KindName(PayerKind kind) => kind == PayerKind.Person ? T("บุคคลธรรมดา", "Person") : T("นิติบุคคล", "Juristic person");

    private void Fill()
    {
        Name = Payer.Name;
        Email = Payer.Email;
        Phone = Payer.Phone;
        Address = Payer.Address;
        Stamp = Payer.ConcurrencyStamp;
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var upper = code.ToUpperInvariant();
        var payer = await db.Set<TaxPayer>().AsNoTracking().SingleOrDefaultAsync(p => p.Code == upper, cancellationToken);
        if (payer is null)
        {
            return false;
        }
        Payer = payer;
        Holdings = await (from o in db.Set<PropertyOwner>().AsNoTracking()
                          join p in db.Set<TaxProperty>().AsNoTracking() on o.PropertyId equals p.Id
                          where o.PayerId == payer.Id
                          orderby p.Code
                          select new Holding(p.Code, p.Kind, p.Location, o.SharePercent, o.InHouseRegister)).ToListAsync(cancellationToken);
        Signs = await db.Set<Sign>().AsNoTracking().Where(s => s.PayerId == payer.Id).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        Assessments = await db.Set<TaxAssessment>().AsNoTracking().Where(a => a.PayerId == payer.Id)
            .OrderByDescending(a => a.Year).ThenBy(a => a.Number).ToListAsync(cancellationToken);
        return true;
    }
}
