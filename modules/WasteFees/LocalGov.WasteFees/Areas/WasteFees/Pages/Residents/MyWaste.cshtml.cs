using LocalGov.WasteFees.Collection;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Residents;

/// <summary>The houses this account has linked in this LAO, each with its unpaid bills and PromptPay codes.</summary>
[Authorize]
public sealed class MyWasteModel(ResidentBills residents, PayingPlaces places) : CollectionPage
{
    public IReadOnlyList<ResidentPointView> Points { get; private set; } = [];
    public WhereToPay? Where { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (UserId is not { } userId)
        {
            return;
        }
        var list = new List<ResidentPointView>();
        foreach (var point in await residents.LinkedAsync(userId, cancellationToken))
        {
            list.Add(await residents.ViewAsync(point, cancellationToken));
        }
        Points = list;
        Where = await places.ForCurrentLaoAsync(cancellationToken);
    }
}
