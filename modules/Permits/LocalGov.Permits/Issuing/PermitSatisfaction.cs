using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Satisfaction;

namespace LocalGov.Permits.Issuing;

/// <summary>
/// Permits on the platform's satisfaction mechanism: the application is the case, completed when it is rejected or
/// its permit is issued (an approval with a fee completes at payment, when the permit follows). One survey per
/// application, in the permit type's name.
/// </summary>
public sealed class PermitSatisfaction(ISatisfactionSurveys surveys)
{
    public Task OpenAsync(PermitApplication application, PermitType type, CancellationToken cancellationToken) =>
        surveys.OpenAsync(new SurveyRequest(PermitBillEvents.ModuleName, type.Code,
            new LocalizedText($"ใบอนุญาต: {type.NameTh}", $"Permit: {type.NameEn}"), application.Number,
            application.ApplicantUserId, application.ApplicantEmail, application.Culture,
            $"/permits/applications/{Uri.EscapeDataString(application.Number)}"), cancellationToken);
}
