using System.Security.Claims;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Publishing;
using LocalGov.Platform.Web.HeldUploads;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Permits.Areas.Permits.Pages.Apply;

/// <summary>
/// A page showing the online application form (<c>_ApplicationFields</c>): a new application, or a renewal with
/// changes. Checks what was posted with the one validation counter and online forms share, and reports every
/// problem beside its field.
/// </summary>
public abstract class ApplicationFormPage : PermitsPage
{
    public PermitType Type { get; protected set; } = null!;

    public ApplicationForm Form { get; protected set; } = new();

    /// <summary>"person" for a national ID, "juristic" for a company's tax ID.</summary>
    public bool IsJuristic => Form.Juristic;

    /// <summary>A national ID on file that is not sent back to the page (a renewal): shown masked.</summary>
    public string? MaskedId { get; protected set; }

    public string Culture => IsThai ? "th" : "en";

    /// <summary>Documents attached to a refused submission, kept on the server for the next one (by field).</summary>
    public IReadOnlyList<HeldFile> HeldDocuments { get; private set; } = [];

    /// <summary>The held documents this submission brought back: released once it is saved, or held again if refused.</summary>
    private IReadOnlyList<HeldFile> broughtBack = [];

    private HeldUploads Held => HttpContext.RequestServices.GetRequiredService<HeldUploads>();

    /// <summary>An id attribute for a field name (brackets are awkward in selectors).</summary>
    public static string IdOf(string field) => "f-" + field.Replace('[', '-').Replace("]", "", StringComparison.Ordinal);

    public string? Described(string field) => FieldErrors(field).Length > 0 ? "e" + IdOf(field)[1..] : null;

    /// <summary>An empty form with the account's email address filled in.</summary>
    protected void StartForm()
    {
        Form = new ApplicationForm { ["applicant_kind"] = "person", ["email"] = User.FindFirstValue(ClaimTypes.Email) };
    }

    /// <summary>
    /// Reads and checks the posted form and files. Returns the checked details and documents, or null with every
    /// error added beside its field (and one line at the top saying how many to fix).
    /// </summary>
    protected async Task<(ApplicationDetails Details, IReadOnlyList<CheckedDocument> Documents)?> CheckPostedAsync(CancellationToken cancellationToken)
    {
        var posted = await Request.ReadFormAsync(cancellationToken);
        Form = ApplicationForm.Read(posted, Type);
        var (details, errors) = ApplicationDetails.Validate(Form.ToInput(Type), Type, emailRequired: true);
        var uploads = ApplicationForm.Uploads(posted.Files);
        broughtBack = await Held.FindAsync(posted[HeldUploads.FormField], cancellationToken);
        // a document kept from the last try counts, unless a new file was given for its field ("other" takes both)
        var kept = broughtBack
            .Where(k => k.Field == ApplicationForm.DocumentField(ApplicationForm.Other) || uploads.All(u => ApplicationForm.DocumentField(u.DocumentCode) != k.Field))
            .Select(k => new UploadedDocument(k.Field["documents[".Length..^1], k.FileName, k.Data.Length, _ => Task.FromResult<byte[]?>(k.Data)));
        var (documents, documentErrors) = await ApplicationDetails.CheckDocumentsAsync([.. kept, .. uploads], Type, requireAll: true, cancellationToken);
        var all = errors.Concat(documentErrors).ToList();
        if (details is null || all.Count > 0)
        {
            AddErrors(all);
            await HoldDocumentsAsync(documents, cancellationToken);
            Error($"กรุณาแก้ไขข้อมูล {all.Count} รายการที่ระบุไว้ด้านล่าง ไฟล์ที่แนบถูกต้องแล้วยังอยู่ ไม่ต้องแนบอีก",
                $"Please correct the {all.Count} problem{(all.Count == 1 ? "" : "s")} marked below. The files that were accepted are kept; no need to attach them again.");
            return null;
        }
        return (details, documents);
    }

    /// <summary>Keeps the documents that passed their checks for the next submission of a refused form.</summary>
    protected async Task HoldDocumentsAsync(IReadOnlyList<CheckedDocument> documents, CancellationToken cancellationToken)
    {
        await Held.ReleaseAsync(broughtBack, cancellationToken);
        HeldDocuments = await Held.HoldAsync(documents.Select(d => (ApplicationForm.DocumentField(d.DocumentCode), d.FileName, d.ContentType, d.Data)),
            cancellationToken);
    }

    /// <summary>The form was saved: the documents kept for it are no longer needed.</summary>
    protected Task ReleaseHeldAsync(CancellationToken cancellationToken) => Held.ReleaseAsync(broughtBack, cancellationToken);
}
