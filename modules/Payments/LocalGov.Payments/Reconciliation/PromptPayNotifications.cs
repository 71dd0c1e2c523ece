using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalGov.Payments.Reconciliation;

/// <summary>
/// The bank's signed notification of a PromptPay bill payment, per LAO. The body is signed with HMAC-SHA256 over
/// <c>{timestamp}.{body}</c> using the LAO's secret (<see cref="SecretSetting"/>), sent as
/// <c>X-LocalGov-Signature: sha256=&lt;hex&gt;</c> with <c>X-LocalGov-Timestamp</c> (Unix seconds). A bad or missing
/// signature is 401, a timestamp more than 5 minutes off is 401 (replays), a bank reference already seen is a
/// harmless 200, a bill of another LAO is simply not found here (422 for review).
/// </summary>
public static class PromptPayNotifications
{
    public const string SecretSetting = "Payments.NotificationSecret";
    public const string SignatureHeader = "X-LocalGov-Signature";
    public const string TimestampHeader = "X-LocalGov-Timestamp";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public sealed record Notification(string Ref1, string? Ref2, decimal Amount, DateTimeOffset PaidAt, string BankReference);

    /// <summary>A notification is a few hundred bytes: more is 413, counted on the bytes read (the platform's BodyLimitMiddleware).</summary>
    public const long MaxBodyBytes = 16 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/payments/promptpay/notifications", HandleAsync)
            .AllowAnonymous().DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes)).WithTags("Payments");

    internal static async Task<IResult> HandleAsync(HttpRequest request, ISettingProvider settings, BankTransactionApplier applier,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var secret = await settings.GetAsync(SecretSetting, cancellationToken);
        if (string.IsNullOrEmpty(secret))
        {
            return Problem(StatusCodes.Status403Forbidden, "หน่วยงานนี้ยังไม่เปิดรับการแจ้งชำระจากธนาคาร",
                "This LAO has not enabled bank notifications (no secret is set).");
        }

        // everything that can be checked without the body is checked before a byte of it is read
        var timestamp = request.Headers[TimestampHeader].ToString();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Window)
        {
            return Problem(StatusCodes.Status401Unauthorized, "เวลาในคำขอไม่ถูกต้องหรือเก่าเกินไป",
                "The timestamp is missing or more than 5 minutes from now (a replay?).");
        }
        if (!LooksLikeASignature(request.Headers[SignatureHeader].ToString()))
        {
            return Problem(StatusCodes.Status401Unauthorized, "ลายมือชื่อดิจิทัลไม่ถูกต้อง", "The signature does not match.");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        if (!SignatureMatches(secret, timestamp, body, request.Headers[SignatureHeader].ToString()))
        {
            return Problem(StatusCodes.Status401Unauthorized, "ลายมือชื่อดิจิทัลไม่ถูกต้อง", "The signature does not match.");
        }

        Notification? notification;
        try
        {
            notification = JsonSerializer.Deserialize<Notification>(body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "ข้อมูลไม่ถูกต้อง", "The body is not valid JSON: " + e.Message);
        }
        if (notification is null || string.IsNullOrWhiteSpace(notification.Ref1) || string.IsNullOrWhiteSpace(notification.BankReference) || notification.Amount <= 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "ต้องมี ref1, amount, paidAt และ bankReference",
                "ref1, amount, paidAt and bankReference are required.");
        }

        var result = await applier.ApplyAsync(new BankTransactionInput(notification.Ref1.ToUpperInvariant(), notification.Ref2?.ToUpperInvariant(),
            notification.Amount, notification.PaidAt, notification.BankReference), "notification", cancellationToken);
        return result.Outcome == ApplyOutcome.NeedsReview
            ? Problem(StatusCodes.Status422UnprocessableEntity, "บันทึกไว้เพื่อตรวจสอบ: " + result.Problem, "Recorded for review: " + result.Problem)
            : Results.Ok(new { outcome = result.Outcome.ToString(), receipt = result.ReceiptNumber });
    }

    /// <summary><c>sha256=</c> and 64 hexadecimal digits: anything else cannot match, whatever the body.</summary>
    private static bool LooksLikeASignature(string given) =>
        given.Length == 71 && given.StartsWith("sha256=", StringComparison.Ordinal) && given.AsSpan(7).IndexOfAnyExcept("0123456789abcdefABCDEF") < 0;

    /// <summary>The signature a sender computes; compared in constant time.</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private static bool SignatureMatches(string secret, string timestamp, string body, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(given));

    private static IResult Problem(int status, string th, string en) =>
        Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = status, Title = en, Detail = new LocalizedText(th, en).Bilingual, Extensions = { ["title_th"] = th },
        });
}
