using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Bills;

internal sealed class BillingService(LocalGovDbContext db, INumberingService numbers, TimeProvider clock,
    Platform.PersonalData.IPersonalDataVault vault, IEnumerable<IBillEventHandler> handlers,
    Microsoft.AspNetCore.Http.IHttpContextAccessor http) : IBilling
{
    public const string Sequence = "BIL";

    public async Task<BillView> IssueAsync(IssueBillRequest request, CancellationToken cancellationToken = default)
    {
        var idHash = PayerIdHash(request.Payer);
        var number = await numbers.NextAsync(Sequence, cancellationToken: cancellationToken);
        var bill = new Bill(number.Formatted, request, idHash);
        db.Add(bill);
        await db.SaveChangesAsync(cancellationToken);
        return bill.ToView(BangkokTime.Today(clock));
    }

    public async Task<IReadOnlyList<IssuedBill>> IssueManyAsync(IReadOnlyList<IssueBillRequest> requests, CancellationToken cancellationToken = default)
    {
        if (requests.Count == 0)
        {
            return [];
        }
        var hashes = requests.Select(r => PayerIdHash(r.Payer)).ToList();
        var block = await numbers.NextBlockAsync(Sequence, requests.Count, cancellationToken: cancellationToken);
        var bills = new List<Bill>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            bills.Add(new Bill(block[i].Formatted, requests[i], hashes[i]));
        }
        var user = http.HttpContext?.User;
        var author = user?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? user?.Identity?.Name ?? "system";
        await db.InsertManyAsync(bills, author, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return [.. bills.Select(b => new IssuedBill(b.Id, b.Number, b.Principal))];
    }

    public async Task<IReadOnlyList<BillView>> FindBySourceAsync(string module, string reference, CancellationToken cancellationToken = default) =>
        Views(await db.Set<Bill>().Where(b => b.SourceModule == module && b.SourceReference == reference).OrderBy(b => b.Number).ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<BillView>> FindByPayerAsync(string payerReference, CancellationToken cancellationToken = default) =>
        Views(await db.Set<Bill>().Where(b => b.PayerReference == payerReference).OrderBy(b => b.Number).ToListAsync(cancellationToken));

    public async Task SetPenaltyAsync(Guid billId, PenaltyPolicy penalty, CancellationToken cancellationToken = default)
    {
        var bill = await FindAsync(billId, cancellationToken);
        bill.SetPenalty(penalty);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetInstallmentsAsync(Guid billId, InstallmentPlan plan, CancellationToken cancellationToken = default)
    {
        var bill = await FindAsync(billId, cancellationToken);
        bill.SetInstallments(plan, BangkokTime.Today(clock));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task LinkPayerAsync(Guid billId, Guid userId, CancellationToken cancellationToken = default)
    {
        var bill = await FindAsync(billId, cancellationToken);
        bill.LinkPayer(userId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Bill> FindAsync(Guid billId, CancellationToken cancellationToken) =>
        await db.Set<Bill>().SingleOrDefaultAsync(b => b.Id == billId, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบใบแจ้งหนี้", "No such bill."), "billId", 404);

    public async Task CancelAsync(Guid billId, string reason, CancellationToken cancellationToken = default)
    {
        var bill = await FindAsync(billId, cancellationToken);
        bill.Cancel(reason);
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var handler in handlers.Where(h => h.Module == bill.SourceModule))
            {
                await handler.OnCancelledAsync(new BillCancelled(bill.Id, bill.Number, new BillSource(bill.SourceModule, bill.SourceReference), bill.CancelReason!), cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    private string? PayerIdHash(BillPayer payer)
    {
        if (string.IsNullOrWhiteSpace(payer.NationalId))
        {
            return payer.NationalIdHash is { Length: > 0 and <= 64 } hash ? hash : null;
        }
        var check = Thai.ThaiNationalId.Check(payer.NationalId);
        if (!check.IsValid)
        {
            throw new BusinessRuleException(new LocalizedText("เลขประจำตัวผู้ชำระไม่ถูกต้อง: " + check.MessageTh,
                "The payer's ID is not valid: " + check.Message), "payer.nationalId");
        }
        return vault.Hash(Thai.ThaiNationalId.Normalize(payer.NationalId));
    }

    private List<BillView> Views(List<Bill> bills)
    {
        var today = BangkokTime.Today(clock);
        return [.. bills.Select(b => b.ToView(today))];
    }
}
