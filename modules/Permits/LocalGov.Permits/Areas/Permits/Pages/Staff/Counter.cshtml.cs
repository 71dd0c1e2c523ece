using LocalGov.Permits.Applying;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Staff;

/// <summary>
/// An application typed in by staff for someone at the counter: the same form and the same checks as online, except
/// that an email is optional and required documents may be handed in on paper — the receipt says which were not
/// attached. Channel Counter, received by the signed-in officer, no applicant account.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.Intake)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBody)]
[RequestSizeLimit(MaxBody)]
public sealed class CounterModel(LocalGovDbContext db, PermitFiling filing) : PermitsPage
{
    public const long MaxBody = ((long)ApplicationDocument.MaxFiles * ApplicationDocument.MaxBytes) + (1024 * 1024);

    public PermitType Type { get; private set; } = null!;

    /// <summary>What was typed, to show again after an error (files must be chosen again).</summary>
    public ApplicationInput Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        var form = Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
        Input = ReadInput(form, Type);
        var (details, errors) = ApplicationDetails.Validate(Input, Type, emailRequired: false);
        var (documents, documentErrors) = await ApplicationDetails.CheckDocumentsAsync(StaffForms.Documents(form.Files), Type, requireAll: false, cancellationToken);
        AddErrors(errors);
        AddErrors(documentErrors);
        if (details is null || documentErrors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        PermitApplication? filed = null;
        if (!await TryAsync(db, async () => filed = await filing.SubmitAsync(new FilingRequest(Type, details, documents, ApplicationChannel.Counter,
                ApplicantUserId: null, ReceivedBy: StaffForms.StaffName(User), Culture: form["culture"] == "en" ? "en" : "th"), cancellationToken)))
        {
            return Page();
        }
        return LocalRedirect($"{Request.PathBase}/staff/permits/{filed!.Number}/receipt");
    }

    private static ApplicationInput ReadInput(IFormCollection form, PermitType type)
    {
        string? Value(string key) => form.TryGetValue(key, out var v) ? v.ToString() : null;
        return new ApplicationInput
        {
            ApplicantKind = Value("applicant_kind"),
            ApplicantName = Value("applicant_name"),
            ApplicantId = Value("applicant_id"),
            Email = Value("email"),
            Phone = Value("phone"),
            BusinessName = Value("business_name"),
            PremisesAddress = Value("premises_address"),
            AreaSquareMetres = Value("area"),
            FeeCategory = Value("fee_category"),
            Answers = type.Fields.ToDictionary(f => f.Key, f => Value("answers[" + f.Key + "]"), StringComparer.Ordinal),
        };
    }

    public string? Answer(string key) => Input.Answers.GetValueOrDefault(key);

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var type = await db.Set<PermitType>().AsNoTracking().SingleOrDefaultAsync(t => t.Code == code && t.Active, cancellationToken);
        if (type is null)
        {
            return false;
        }
        Type = type;
        return true;
    }
}
