using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Bills;

/// <summary>
/// The counter's look-up, for the cashier's page and the API alike: by bill number or Ref1, payer reference, part of
/// the payer's name, or a 13-digit ID (matched by its keyed hash — bills never hold the number itself).
/// </summary>
public sealed class BillSearch(LocalGovDbContext db, IPersonalDataVault vault)
{
    public async Task<IReadOnlyList<Bill>> FindAsync(string? query, CancellationToken cancellationToken)
    {
        var term = (query ?? "").Trim();
        var idHash = ThaiNationalId.IsValid(term) ? vault.Hash(ThaiNationalId.Normalize(term)) : null;
        return await db.Set<Bill>()
            .Where(b => b.Status != BillStatus.Cancelled)
            .Where(b => term == "" || b.Number == term || b.Ref1 == term || b.PayerReference == term || b.PayerName.Contains(term)
                || (idHash != null && b.PayerIdHash == idHash))
            .OrderByDescending(b => b.Number).Take(50).AsNoTracking().ToListAsync(cancellationToken);
    }
}
