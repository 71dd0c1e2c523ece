using LocalGov.Platform.Authorization;
using LocalGov.Permits.Pages;
using LocalGov.Permits.Publishing;
using LocalGov.Platform.Features;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Permits.Areas.Permits.Pages.Residents;

/// <summary>
/// A resident's permit applications and permits from every LAO, each linked to its LAO's page. Reads across tenants
/// on purpose, and only this account's own rows (<see cref="Publishing.MyPermits"/>).
/// </summary>
[Authorize]
[AcrossTenants]
public sealed class MyPermitsModel(MyPermits mine) : PermitsPage
{
    public IReadOnlyList<MyApplication> Applications { get; private set; } = [];
    public IReadOnlyList<MyPermit> Permits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (SignedIn.UserIdOf(User) is { } userId)
        {
            (Applications, Permits) = await mine.ForAsync(userId, cancellationToken);
        }
    }
}
