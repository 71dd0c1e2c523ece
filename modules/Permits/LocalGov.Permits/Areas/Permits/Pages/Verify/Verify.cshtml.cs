using LocalGov.Permits.Issuing;
using LocalGov.Permits.Pages;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalGov.Permits.Areas.Permits.Pages.Verify;

/// <summary>
/// The public check of a permit, reached from its certificate's QR code or by typing its code: valid, expired,
/// suspended or revoked (with the reason), the kind, number, business name, address and validity — nothing else
/// about the holder. Typed codes are posted and counted per account or address (<see cref="RateLimitPolicies.Lookup"/>),
/// so codes cannot be guessed in bulk; the QR code's own link is a GET.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Lookup)]
public sealed class VerifyModel(PermitVerification verification) : PermitsPage
{
    public const int MaxCode = 40;

    public VerifiedPermit? Permit { get; private set; }

    public string? Code { get; private set; }

    public bool Unknown { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        Code = code?.Trim();
        if (string.IsNullOrEmpty(Code))
        {
            return Page(); // the form alone
        }
        Permit = await verification.FindAsync(Code, cancellationToken);
        if (Permit is null)
        {
            Unknown = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    /// <summary>A typed code: checked at once (counted by the rate limit), then shown at its own address.</summary>
    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        // the certificate prints the whole check address; a pasted address works as well as the code alone
        Code = code?.Trim().TrimEnd('/').Split('/')[^1].ToLowerInvariant();
        if (string.IsNullOrEmpty(Code) || Code.Length > MaxCode)
        {
            Error("กรุณากรอกรหัสตรวจสอบที่พิมพ์ใต้คิวอาร์โค้ดของใบอนุญาต", "Type the check code printed under the permit's QR code.", "code");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await verification.FindAsync(Code, cancellationToken) is null)
        {
            Unknown = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        return LocalRedirect($"{Request.PathBase}/permits/verify/{Uri.EscapeDataString(Code)}");
    }

    /// <summary>The CSS modifier of a status: green for valid, red otherwise.</summary>
    public static string Tone(PermitStatus status) => status switch
    {
        PermitStatus.Valid => "valid",
        PermitStatus.Expired => "expired",
        PermitStatus.Suspended => "suspended",
        _ => "revoked",
    };

    public string Meaning(PermitStatus status) => status switch
    {
        PermitStatus.Valid => T("ใบอนุญาตนี้ออกโดยหน่วยงานจริง และยังใช้ได้", "This permit was issued by this local government and is in force."),
        PermitStatus.Expired => T("ใบอนุญาตนี้หมดอายุแล้ว ไม่มีผลให้ประกอบกิจการ", "This permit has expired and no longer allows the business to operate."),
        PermitStatus.Suspended => T("ใบอนุญาตนี้ถูกพักใช้ ระหว่างนี้ไม่มีผลให้ประกอบกิจการ", "This permit is suspended; meanwhile it does not allow the business to operate."),
        _ => T("ใบอนุญาตนี้ถูกเพิกถอนแล้ว ไม่มีผลให้ประกอบกิจการ", "This permit has been revoked and does not allow the business to operate."),
    };
}
