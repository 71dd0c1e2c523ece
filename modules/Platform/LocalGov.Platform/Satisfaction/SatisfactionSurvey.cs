using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;

namespace LocalGov.Platform.Satisfaction;

/// <summary>
/// One completed service (a closed complaint, a decided permit, a receipt…) and the resident's one answer to "how
/// satisfied are you?", 1–5. Created by the module that completed the case, inside its transaction; answered once,
/// through the unguessable <see cref="Token"/> in the mail link or the resident's own pages. The month an answer
/// counts in is the Bangkok month it was given (<see cref="Month"/>, "2026-12"), as DGA's indicator counts answers.
/// </summary>
public sealed class SatisfactionSurvey : Entity, IMultiTenant
{
    public const int MaxComment = 1000;
    public const int MaxLabel = 200;

    private SatisfactionSurvey() { } // EF Core

    internal SatisfactionSurvey(SurveyRequest request, string token, DateTime now)
    {
        Module = request.Module;
        ServiceType = request.ServiceType;
        ServiceTh = Cut(request.Service.Th);
        ServiceEn = Cut(request.Service.En);
        CaseReference = request.CaseReference;
        RecipientUserId = request.RecipientUserId;
        RecipientEmail = request.RecipientEmail;
        Culture = request.Culture == "en" ? "en" : "th";
        ReturnPath = request.ReturnPath;
        Token = token;
        TokenHash = HashOf(token);
        CompletedAt = now;
    }

    public Guid TenantId { get; set; }

    /// <summary>The module's name ("Complaints", "Permits"…).</summary>
    public string Module { get; private set; } = "";

    /// <summary>The module's key of the service ("complaint", "permit-FOOD"…), and its name in both languages.</summary>
    public string ServiceType { get; private set; } = "";
    public string ServiceTh { get; private set; } = "";
    public string ServiceEn { get; private set; } = "";

    /// <summary>The case's own number (tracking code, application or receipt number): one survey per case.</summary>
    public string CaseReference { get; private set; } = "";

    public Guid? RecipientUserId { get; private set; }
    [SensitiveData] public string? RecipientEmail { get; private set; }
    public string Culture { get; private set; } = "th";

    /// <summary>The case's page under the LAO ("/complaints/track/CMP-…"), linked from the answer page.</summary>
    public string? ReturnPath { get; private set; }

    /// <summary>
    /// Random, 128 bits, URL-safe: the only proof a resident without an account needs to answer. Known only to the
    /// survey just opened (for its invitation's link) and never stored: the database keeps <see cref="TokenHash"/>,
    /// so a copy of the database answers nobody's survey.
    /// </summary>
    public string? Token { get; private set; }

    /// <summary>SHA-256 of the token (lower-case hex), what a link is looked up by.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTime CompletedAt { get; private set; }
    public int? Stars { get; private set; }
    public string? Comment { get; private set; }
    public DateTime? AnsweredAt { get; private set; }

    /// <summary>"yyyy-MM" in Bangkok of the answer; null until answered.</summary>
    public string? Month { get; private set; }

    public bool IsAnswered => Stars is not null;

    /// <summary>The answer; a second one is refused (409) and the first stays.</summary>
    public void Answer(int stars, string? comment, DateTime now)
    {
        RequireUnanswered();
        Stars = SatisfactionScale.Check(stars);
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > MaxComment })
        {
            throw new BusinessRuleException(new LocalizedText($"ความเห็นยาวเกิน {MaxComment:N0} ตัวอักษร",
                $"The comment is longer than {MaxComment:N0} characters."), "comment");
        }
        Comment = text;
        AnsweredAt = now;
        Month = SatisfactionMonth.Of(now);
    }

    /// <summary>A second answer is refused before its stars are even read: that is the reason that matters.</summary>
    public void RequireUnanswered()
    {
        if (IsAnswered)
        {
            throw new BusinessRuleException(new LocalizedText("ท่านให้คะแนนบริการนี้ไปแล้ว ขอบคุณครับ/ค่ะ",
                "You have already rated this service. Thank you."), "stars", 409);
        }
    }

    /// <summary>The stored form of a token: SHA-256, lower-case hex (a 128-bit random token needs no salt or stretching).</summary>
    public static string HashOf(string token) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token)));

    private static string Cut(string text) => text.Length > MaxLabel ? text[..MaxLabel] : text;
}
