using LocalGov.Platform.Authorization;
using LocalGov.Platform.Features;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Publishing;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Tax.Areas.Tax.Pages.Mine;

/// <summary>
/// A resident's taxpayer records from every LAO: properties, signs and notices, each notice linked to its LAO's page.
/// Reads across tenants on purpose, and only payers linked to this account (<see cref="MyTaxes"/>).
/// </summary>
[Authorize]
[AcrossTenants]
public sealed class IndexModel(MyTaxes mine) : TaxPage
{
    public IReadOnlyList<MyTaxRecord> Records { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (SignedIn.UserIdOf(User) is { } userId)
        {
            Records = await mine.ForAsync(userId, cancellationToken);
        }
    }
}
