using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Payments.Pages;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Areas.Payments.Pages.Cashier;

[Authorize(Policy = Platform.Authorization.PermissionPolicies.Prefix + PaymentsPermissions.Collect)]
public sealed class IndexModel(LocalGovDbContext db, TimeProvider clock, Platform.PersonalData.IPersonalDataVault vault) : PaymentsPage
{
    public string? Query { get; private set; }
    public IReadOnlyList<BillView> Bills { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q?.Trim();
        var term = Query ?? "";
        // a 13-digit ID is searched by its keyed hash: bills never hold the number itself
        var idHash = Thai.ThaiNationalId.IsValid(term) ? vault.Hash(Thai.ThaiNationalId.Normalize(term)) : null;
        var bills = await db.Set<Bill>()
            .Where(b => b.Status != BillStatus.Cancelled)
            .Where(b => term == "" || b.Number == term || b.Ref1 == term || b.PayerReference == term || b.PayerName.Contains(term)
                || (idHash != null && b.PayerIdHash == idHash))
            .OrderByDescending(b => b.Number).Take(50).ToListAsync(cancellationToken);
        var today = BangkokTime.Today(clock);
        Bills = [.. bills.Select(b => b.ToView(today))];
    }
}
