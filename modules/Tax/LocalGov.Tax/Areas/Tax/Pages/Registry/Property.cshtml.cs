using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Registry;

/// <summary>
/// One property: its value in the current tax year from the LAO's prices and rates (or why it cannot be valued yet),
/// and the form to correct it and its owners. A stale form is a 409 and saves nothing.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Registry)]
public sealed class PropertyModel(LocalGovDbContext db, TaxRegistry registry, TaxRates rates, TimeProvider clock) : PropertyFormPage(db, clock)
{
    public TaxProperty Property { get; private set; } = null!;
    public ValuedProperty? Valuation { get; private set; }
    public string? ValuationProblem { get; private set; }
    public string? Stamp { get; private set; }
    public bool Saved { get; private set; }

    public override bool IsNew => false;

    public async Task<IActionResult> OnGetAsync(string code, bool? saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        await FillAsync(Property, cancellationToken);
        Stamp = Property.ConcurrencyStamp;
        Saved = saved == true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string? stamp, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        Stamp = stamp;
        Code = Property.Code;
        Kind = Property.Kind;
        if (await ReadAsync(Property.Kind, Property.Id, cancellationToken) is not var (details, owners, parcel))
        {
            return Page();
        }
        if (await TryAsync(Db, async () =>
            {
                var property = await Db.Set<TaxProperty>().SingleAsync(p => p.Id == Property.Id, cancellationToken);
                await registry.UpdatePropertyAsync(property, details, owners, stamp ?? "", cancellationToken);
                property.ParcelId = property.Kind == PropertyKind.Building ? parcel : null;
                await Db.SaveChangesAsync(cancellationToken);
            }))
        {
            return LocalRedirect($"{Request.PathBase}/staff/tax/registry/properties/{Property.Code}?saved=true");
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var upper = code.ToUpperInvariant();
        var property = await Db.Set<TaxProperty>().AsNoTracking().SingleOrDefaultAsync(p => p.Code == upper, cancellationToken);
        if (property is null)
        {
            return false;
        }
        Property = property;
        await LoadPricesAsync(cancellationToken);
        try
        {
            Valuation = PropertyValuation.Value(property, new PriceBook(Prices), await rates.ForYearAsync(Year, cancellationToken), Year);
        }
        catch (BusinessRuleException e)
        {
            ValuationProblem = T(e.UserMessage.Th, e.UserMessage.En);
        }
        return true;
    }
}
