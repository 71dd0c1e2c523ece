using LocalGov.Identity.Contracts;
using LocalGov.Payments.Bills;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Payments.Collection;

/// <summary>
/// Assembles a printable receipt: the LAO's name and contacts, the receiver's display name from the staff
/// directory (the receipt stores who took the money by user name), and the verification link and QR code.
/// </summary>
public sealed class ReceiptDocuments(IServiceProvider services, PublicUrls urls)
{
    public async Task<ReceiptDocument> ForAsync(Payment payment, Bill bill, TenantInfo? lao, CancellationToken cancellationToken)
    {
        var verifyUrl = $"{urls.ForTenant(lao)}/receipts/verify/{Uri.EscapeDataString(payment.ReceiptNumber)}";
        return new ReceiptDocument(payment, bill, lao?.Name.Th ?? "")
        {
            ReceivedBy = await ReceiverAsync(payment, lao, cancellationToken),
            LaoPhone = lao?.ContactPhone,
            LaoEmail = lao?.ContactEmail,
            VerifyUrl = verifyUrl,
            VerifyQrCode = QrImage.PngDataUri(verifyUrl, QrImage.Level.M, 4),
        };
    }

    private async Task<string?> ReceiverAsync(Payment payment, TenantInfo? lao, CancellationToken cancellationToken)
    {
        if (payment.RecordedBy is not { } recordedBy || lao is null || services.GetService<IStaffDirectory>() is not { } directory)
        {
            return payment.RecordedBy;
        }
        var staff = await directory.ListStaffAsync(lao.Id, cancellationToken);
        return staff.FirstOrDefault(s => string.Equals(s.Email, recordedBy, StringComparison.OrdinalIgnoreCase))?.DisplayName ?? recordedBy;
    }
}
