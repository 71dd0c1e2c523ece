using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tax.Areas.Tax.Pages.Registry;

/// <summary>Registers a taxpayer: a person by national ID or a juristic person by tax ID, checked by their check digits; one ID once.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Registry)]
public sealed class NewPayerModel(LocalGovDbContext db, TaxRegistry registry) : PayerFormPage
{
    public override bool IsNew => true;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var details = Details(Kind, IdNumber);
        var errors = details.Validate();
        if (errors.Count > 0)
        {
            AddErrors(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        TaxPayer? payer = null;
        if (await TryAsync(db, async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                payer = await registry.CreatePayerAsync(details, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }))
        {
            return LocalRedirect($"{Request.PathBase}/staff/tax/registry/payers/{payer!.Code}?saved=true");
        }
        return Page();
    }
}
