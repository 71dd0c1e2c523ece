using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Payments.Pages;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Areas.Payments.Pages.Cashier;

[Authorize(Policy = Platform.Authorization.PermissionPolicies.Prefix + PaymentsPermissions.Collect)]
public sealed class IndexModel(BillSearch search, TimeProvider clock) : PaymentsPage
{
    public string? Query { get; private set; }
    public IReadOnlyList<BillView> Bills { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q?.Trim();
        var bills = await search.FindAsync(Query, cancellationToken);
        var today = BangkokTime.Today(clock);
        Bills = [.. bills.Select(b => b.ToView(today))];
    }
}
