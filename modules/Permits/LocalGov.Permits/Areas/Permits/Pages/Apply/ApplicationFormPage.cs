using System.Security.Claims;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Publishing;

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
        var (documents, documentErrors) = await ApplicationDetails.CheckDocumentsAsync(ApplicationForm.Uploads(posted.Files), Type, requireAll: true, cancellationToken);
        var all = errors.Concat(documentErrors).ToList();
        if (details is null || all.Count > 0)
        {
            AddErrors(all);
            Error($"กรุณาแก้ไขข้อมูล {all.Count} รายการที่ระบุไว้ด้านล่าง และแนบไฟล์อีกครั้ง",
                $"Please correct the {all.Count} problem{(all.Count == 1 ? "" : "s")} marked below, and attach the files again.");
            return null;
        }
        return (details, documents);
    }
}
