using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Bills;

internal sealed class BillingService(LocalGovDbContext db, INumberingService numbers, TimeProvider clock,
    Platform.PersonalData.IPersonalDataVault vault) : IBilling
{
    public const string Sequence = "BIL";

    public async Task<BillView> IssueAsync(IssueBillRequest request, CancellationToken cancellationToken = default)
    {
        var number = await numbers.NextAsync(Sequence, cancellationToken: cancellationToken);
        string? idHash = null;
        if (!string.IsNullOrWhiteSpace(request.Payer.NationalId))
        {
            var check = Thai.ThaiNationalId.Check(request.Payer.NationalId);
            if (!check.IsValid)
            {
                throw new BusinessRuleException(new LocalizedText("เลขประจำตัวผู้ชำระไม่ถูกต้อง: " + check.MessageTh,
                    "The payer's ID is not valid: " + check.Message), "payer.nationalId");
            }
            idHash = vault.Hash(Thai.ThaiNationalId.Normalize(request.Payer.NationalId));
        }
        var bill = new Bill(number.Formatted, request, idHash);
        db.Add(bill);
        await db.SaveChangesAsync(cancellationToken);
        return bill.ToView(BangkokTime.Today(clock));
    }

    public async Task<IReadOnlyList<BillView>> FindBySourceAsync(string module, string reference, CancellationToken cancellationToken = default) =>
        Views(await db.Set<Bill>().Where(b => b.SourceModule == module && b.SourceReference == reference).OrderBy(b => b.Number).ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<BillView>> FindByPayerAsync(string payerReference, CancellationToken cancellationToken = default) =>
        Views(await db.Set<Bill>().Where(b => b.PayerReference == payerReference).OrderBy(b => b.Number).ToListAsync(cancellationToken));

    public async Task CancelAsync(Guid billId, string reason, CancellationToken cancellationToken = default)
    {
        var bill = await db.Set<Bill>().SingleOrDefaultAsync(b => b.Id == billId, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบใบแจ้งหนี้", "No such bill."), "billId", 404);
        bill.Cancel(reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private List<BillView> Views(List<Bill> bills)
    {
        var today = BangkokTime.Today(clock);
        return [.. bills.Select(b => b.ToView(today))];
    }
}
