using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using System.Security.Claims;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tax.Areas.Tax.Pages.Signs;

/// <summary>
/// A ภ.ป.1 filed at the counter by staff for a taxpayer: the owner's registered signs ticked, and a sign not yet on
/// the register added with its details.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Assess)]
public sealed class DeclareModel(LocalGovDbContext db, SignTaxes signs, TimeProvider clock) : PayerSignsPage(db, clock)
{
    [BindProperty]
    public bool AddNew { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Payer is null || (AddNew && !Check()))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var entries = PayerSigns.Where(s => SignIds.Contains(s.Id))
            .Select(s => new SignEntry(s.Id, SignForm.From(s).Details)).ToList();
        if (AddNew)
        {
            entries.Add(new SignEntry(null, Sign.Details));
        }
        var payer = Payer;
        SignDeclaration? declaration = null;
        if (await TryAsync(Db, async () => declaration = await signs.DeclareAsync(payer, Year!.Value, entries, FilingChannel.Counter,
            Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var me) ? me : null, cancellationToken)))
        {
            return Redirect($"{Request.PathBase}/staff/tax/signs?y={declaration!.Year}#declarations");
        }
        return Page();
    }
}
