using LocalGov.Platform.Localization;
using LocalGov.Platform.Satisfaction;

namespace LocalGov.WasteFees.ServicePoints;

/// <summary>
/// Waste fees on the platform's satisfaction mechanism. Two services complete for a resident: a house registered at
/// the counter for collection (its payer asked by mail, when the form gave an address; a CSV import asks nobody)
/// and a house claimed by a resident's account. One survey each per account number.
/// </summary>
public sealed class WasteSatisfaction(ISatisfactionSurveys surveys)
{
    public const string Module = "WasteFees";

    public Task RegisteredAsync(ServicePoint point, CancellationToken cancellationToken) =>
        point.PayerEmail is null && point.PayerUserId is null
            ? Task.CompletedTask
            : surveys.OpenAsync(new SurveyRequest(Module, "registration",
                new LocalizedText("ลงทะเบียนรับบริการเก็บขนขยะ", "Waste collection registration"), $"REG-{point.AccountNo}",
                point.PayerUserId, point.PayerEmail, "th", "/waste"), cancellationToken);

    public Task ClaimedAsync(ServicePoint point, Guid userId, string? email, CancellationToken cancellationToken) =>
        surveys.OpenAsync(new SurveyRequest(Module, "claim",
            new LocalizedText("ผูกบ้านกับบัญชีเพื่อชำระค่าขยะออนไลน์", "House linked to an account for waste fees online"), $"CLAIM-{point.AccountNo}",
            userId, email, "th", "/my/waste"), cancellationToken);
}
