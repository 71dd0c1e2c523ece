using System.Security.Claims;

namespace LocalGov.Payments.Contracts;

/// <summary>
/// What a source module shows next to its bills without knowing how Payments keeps them: the PromptPay code a
/// resident scans, and where the printable receipt is (for those allowed to open it).
/// </summary>
public interface IBillPresentation
{
    /// <summary>
    /// The bill's Thai QR bill-payment code for the amount due today, as a PNG data URI; null when the LAO has no
    /// PromptPay biller ID, or the bill is not of this LAO or has nothing left to pay.
    /// </summary>
    Task<string?> QrCodeAsync(Guid billId, CancellationToken cancellationToken = default);

    /// <summary>True when the LAO takes PromptPay (it has a biller ID), so bills carry a QR code.</summary>
    Task<bool> TakesPromptPayAsync(CancellationToken cancellationToken = default);

    /// <summary>The path of the printable receipt page (within the LAO) when <paramref name="user"/> may open it; otherwise null.</summary>
    Task<string?> ReceiptPathAsync(ClaimsPrincipal user, string receiptNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// The receipts of a bill, oldest first, each with the page <paramref name="user"/> may open it at (the cashier's
    /// receipt page for staff who collect, the resident's own receipt page for the bill's payer), or null.
    /// </summary>
    Task<IReadOnlyList<BillReceipt>> ReceiptsAsync(Guid billId, ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <summary>A receipt of a bill: number, amount (with any fines), the day paid, whether it was voided, and where to open it.</summary>
public sealed record BillReceipt(string Number, decimal Amount, DateOnly PaidOn, bool Voided, string? Path);
