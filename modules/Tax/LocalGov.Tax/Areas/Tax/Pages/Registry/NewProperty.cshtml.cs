using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Registry;

/// <summary>Registers a land parcel, building or condominium unit with its uses and owners; opened from a payer, that payer owns it all to begin with.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Registry)]
public sealed class NewPropertyModel(LocalGovDbContext db, TaxRegistry registry, TimeProvider clock) : PropertyFormPage(db, clock)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(string? payer, CancellationToken cancellationToken)
    {
        await LoadPricesAsync(cancellationToken);
        if (payer is { Length: <= 30 })
        {
            var code = payer.Trim().ToUpperInvariant();
            if (!await Db.Set<TaxPayer>().AnyAsync(p => p.Code == code, cancellationToken))
            {
                return NotFound();
            }
            OwnerCode = [code];
            OwnerShare = ["100"];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadPricesAsync(cancellationToken);
        if (await ReadAsync(null, null, cancellationToken) is not var (details, owners, parcel))
        {
            return Page();
        }
        TaxProperty? property = null;
        if (await TryAsync(Db, async () =>
            {
                await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
                property = await registry.CreatePropertyAsync(details, owners, cancellationToken);
                property.ParcelId = parcel;
                await Db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }))
        {
            return LocalRedirect($"{Request.PathBase}/staff/tax/registry/properties/{property!.Code}?saved=true");
        }
        return Page();
    }
}
