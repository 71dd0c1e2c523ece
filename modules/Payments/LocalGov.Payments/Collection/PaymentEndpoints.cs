using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Collection;

public sealed record BillDetails(BillView Bill, string ConcurrencyStamp, IReadOnlyList<ReceiptView> Payments);
public sealed record ReceiptView(string ReceiptNumber, decimal Amount, decimal Principal, decimal Surcharge, decimal Interest,
    PaymentChannel Channel, DateOnly PaidOn, string? RecordedBy, bool Voided);
public sealed record CancelBill(string? Reason);
public sealed record RecordPayment(decimal Amount, PaymentChannel Channel, string? ConcurrencyStamp, string? BankReference);

/// <summary>The cashier's API: look a bill up, take a payment. Every route states its permission.</summary>
internal static class PaymentEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/payments").WithTags("Payments").DisableAntiforgery();
        group.MapGet("/bills", SearchAsync).RequirePermission(PaymentsPermissions.Collect);
        group.MapGet("/bills/{id:guid}", GetAsync).RequirePermission(PaymentsPermissions.Collect);
        group.MapPost("/bills/{id:guid}/payments", RecordAsync).RequirePermission(PaymentsPermissions.Collect);
        group.MapPost("/bills/{id:guid}/cancel", CancelAsync).RequirePermission(PaymentsPermissions.ManageBills);
    }

    private static async Task<Ok<List<BillView>>> SearchAsync(BillSearch search, TimeProvider clock, string? q, CancellationToken cancellationToken)
    {
        var bills = await search.FindAsync(q, cancellationToken);
        var today = BangkokTime.Today(clock);
        return TypedResults.Ok(bills.Select(b => b.ToView(today)).ToList());
    }

    private static async Task<Results<Ok<BillDetails>, NotFound>> GetAsync(LocalGovDbContext db, TimeProvider clock, Guid id)
    {
        var bill = await db.Set<Bill>().SingleOrDefaultAsync(b => b.Id == id);
        if (bill is null)
        {
            return TypedResults.NotFound();
        }
        var payments = await db.Set<Payment>().Where(p => p.BillId == id).OrderBy(p => p.ReceiptNumber).ToListAsync();
        return TypedResults.Ok(new BillDetails(bill.ToView(BangkokTime.Today(clock)), bill.ConcurrencyStamp, [.. payments.Select(ToView)]));
    }

    private static async Task<Created<ReceiptView>> RecordAsync(PaymentRecorder recorder, Guid id, RecordPayment request, CancellationToken cancellationToken)
    {
        var payment = await recorder.RecordAsync(id, request.Amount, request.Channel, request.ConcurrencyStamp, request.BankReference, cancellationToken);
        return TypedResults.Created($"/api/payments/receipts/{payment.ReceiptNumber}", ToView(payment));
    }

    private static async Task<NoContent> CancelAsync(IBilling billing, Guid id, CancelBill request, CancellationToken cancellationToken)
    {
        await billing.CancelAsync(id, request.Reason ?? "", cancellationToken);
        return TypedResults.NoContent();
    }

    private static ReceiptView ToView(Payment p) =>
        new(p.ReceiptNumber, p.Amount, p.Principal, p.Surcharge, p.Interest, p.Channel, p.PaidOn, p.RecordedBy, p.Voided);
}
