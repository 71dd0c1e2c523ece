using System.Security.Claims;
using LocalGov.Identity.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
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
        var uploads = form.Files.Where(f => f.Length > 0 && DocumentCode(f.Name) is not null)
            .Select(f => new UploadedDocument(DocumentCode(f.Name)!, f.FileName, f.Length,
                ct => ReadAsync(f, ct)))
            .ToList();
        var (documents, documentErrors) = await ApplicationDetails.CheckDocumentsAsync(uploads, Type, requireAll: false, cancellationToken);
        AddErrors(errors);
        AddErrors(documentErrors);
        if (details is null || documentErrors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        PermitApplication? filed = null;
        if (!await TryAsync(db, async () => filed = await filing.SubmitAsync(new FilingRequest(Type, details, documents, ApplicationChannel.Counter,
                ApplicantUserId: null, ReceivedBy: StaffName(User), Culture: IsThai ? "th" : "en"), cancellationToken)))
        {
            return Page();
        }
        return LocalRedirect($"{Request.PathBase}/staff/permits/{filed!.Number}/receipt");
    }

    /// <summary>The signed-in officer's name as recorded on the application and its steps.</summary>
    public static string StaffName(ClaimsPrincipal user) =>
        user.FindFirstValue(IdentityClaimTypes.DisplayName) ?? user.Identity?.Name ?? "staff";

    private static async Task<byte[]?> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        return await UploadedFile.ReadLimitedAsync(stream, file.Length, ApplicationDocument.MaxBytes, cancellationToken);
    }

    /// <summary>"documents[site-plan]" → "site-plan".</summary>
    private static string? DocumentCode(string field) =>
        field.StartsWith("documents[", StringComparison.Ordinal) && field.EndsWith(']') ? field["documents[".Length..^1] : null;

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
