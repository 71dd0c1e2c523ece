using System.Security.Claims;
using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Satisfaction;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Collection;

/// <summary>
/// Records a payment in one transaction: the bill's lines, the receipt number, the payment, and the source module's
/// reaction (BillPaid). Two cashiers taking the same bill at once: the second save finds the bill's stamp changed
/// and is refused with 409, and its receipt number goes back to the sequence.
/// </summary>
public sealed class PaymentRecorder(
    LocalGovDbContext db,
    INumberingService numbers,
    IEnumerable<IBillEventHandler> handlers,
    IHttpContextAccessor http,
    ISatisfactionSurveys satisfaction,
    ModuleCatalog modules,
    TimeProvider clock)
{
    public const string ReceiptSequence = "RCP";

    public async Task<Payment> RecordAsync(Guid billId, decimal amount, PaymentChannel channel, string? expectedStamp,
        string? bankReference, CancellationToken cancellationToken, DateTimeOffset? paidAt = null)
    {
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var payment = await RecordInTransactionAsync(billId, amount, channel, expectedStamp, bankReference, paidAt, cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
            return payment;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    private async Task<Payment> RecordInTransactionAsync(Guid billId, decimal amount, PaymentChannel channel, string? expectedStamp,
        string? bankReference, DateTimeOffset? paidAt, CancellationToken cancellationToken)
    {
        if (bankReference is { Length: > 100 })
        {
            throw new BusinessRuleException(new LocalizedText("เลขอ้างอิงยาวเกิน 100 ตัวอักษร", "The reference is longer than 100 characters."), "reference");
        }
        var bill = await db.Set<Bill>().SingleOrDefaultAsync(b => b.Id == billId, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบใบแจ้งหนี้", "No such bill."), "billId", 404);
        if (expectedStamp is not null)
        {
            db.Entry(bill).Property(b => b.ConcurrencyStamp).OriginalValue = expectedStamp;
        }

        // a bank payment counts penalties to the day the money moved, not the day the file was imported
        var now = paidAt ?? clock.GetUtcNow();
        var paidOn = Thai.ThaiDate.InBangkok(now);
        var split = bill.ApplyPayment(amount, paidOn);
        var receipt = await numbers.NextAsync(ReceiptSequence, cancellationToken: cancellationToken);
        var user = http.HttpContext?.User;
        var payment = new Payment(bill.Id, receipt.Formatted, split, channel, now.UtcDateTime, paidOn,
            user?.FindFirstValue(ClaimTypes.Name), bankReference);
        db.Add(payment);
        await AskPayerAsync(bill, payment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var handler in handlers.Where(h => h.Module == bill.SourceModule))
        {
            var source = new BillSource(bill.SourceModule, bill.SourceReference);
            if (bill.Status == BillStatus.Paid)
            {
                await handler.OnPaidAsync(new BillPaid(bill.Id, bill.Number, source, bill.PrincipalPaid, now.UtcDateTime), cancellationToken);
            }
            else
            {
                await handler.OnPartiallyPaidAsync(new BillPartiallyPaid(bill.Id, bill.Number, source, split.Total, bill.Outstanding, now.UtcDateTime), cancellationToken);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return payment;
    }

    /// <summary>
    /// A receipt completes a payment for the payer: asked once how it went, per receipt, on the platform's satisfaction
    /// mechanism, the service named after the module that billed (a payer we cannot reach is not asked). The payment is
    /// a step of the billing module's case: when that module asks about its whole case (a permit, rated when issued),
    /// the receipt asks nobody, so the resident is asked once per case.
    /// </summary>
    private Task AskPayerAsync(Bill bill, Payment payment, CancellationToken cancellationToken)
    {
        if (bill.PayerEmail is null && bill.PayerUserId is null)
        {
            return Task.CompletedTask;
        }
        var source = modules.Modules.FirstOrDefault(m => m.Name == bill.SourceModule)?.DisplayName
            ?? new LocalizedText(bill.SourceModule, bill.SourceModule);
        return satisfaction.OpenStepAsync(new SurveyRequest(PaymentsContract.Module, $"payment-{bill.SourceModule}".ToLowerInvariant(),
            new LocalizedText($"ชำระเงิน: {source.Th}", $"Payment: {source.En}"), payment.ReceiptNumber,
            bill.PayerUserId, bill.PayerEmail, "th", "/my/bills"), new SurveyCase(bill.SourceModule, bill.SourceReference), cancellationToken);
    }
}
