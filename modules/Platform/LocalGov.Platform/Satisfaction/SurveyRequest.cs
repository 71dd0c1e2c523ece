using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Satisfaction;

/// <summary>
/// What a module says when it completes a case for a resident: which service, which case, who to ask and where the
/// case's page is. <paramref name="RecipientEmail"/> gets the invitation; <paramref name="RecipientUserId"/> sees the
/// survey on their pages when signed in. Either may be missing (an Open311 report without an email is rated
/// through the complaint's own key).
/// </summary>
/// <param name="Module">The module's name, as its <c>LocalGovModule.Name</c>.</param>
/// <param name="ServiceType">A short stable key of the service within the module (at most 60 characters).</param>
/// <param name="Service">The service's name as residents and staff read it.</param>
/// <param name="CaseReference">The case's number, unique within the module and LAO (at most 60 characters).</param>
/// <param name="ReturnPath">The case's page, a path under the LAO (starting with "/"), or null.</param>
public sealed record SurveyRequest(
    string Module,
    string ServiceType,
    LocalizedText Service,
    string CaseReference,
    Guid? RecipientUserId,
    string? RecipientEmail,
    string Culture = "th",
    string? ReturnPath = null);
