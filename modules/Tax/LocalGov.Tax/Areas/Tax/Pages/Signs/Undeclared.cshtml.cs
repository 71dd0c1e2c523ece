using System.Security.Claims;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tax.Areas.Tax.Pages.Signs;

/// <summary>Signs the officer found that their owner did not declare: assessed at once with the 10 % surcharge.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Assess)]
public sealed class UndeclaredModel(LocalGovDbContext db, SignTaxes signs, TimeProvider clock) : PayerSignsPage(db, clock)
{
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Payer is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var by = User.FindFirstValue(ClaimTypes.Name) ?? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "staff";
        TaxAssessment? assessment = null;
        if (await TryAsync(Db, async () => assessment = await signs.AssessUndeclaredAsync(Payer.Id, Year!.Value, SignIds, by, cancellationToken)))
        {
            return Redirect($"{Request.PathBase}/staff/tax/assessment/{assessment!.Number}");
        }
        return Page();
    }
}
