using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Http;

namespace LocalGov.Permits.Publishing;

/// <summary>
/// The online application form as posted: its fields are named as <see cref="FieldError.Field"/> names them
/// (applicant_name, answers[key], documents[code] …), so each error lands beside its input, and what was typed is
/// shown again on error. The same form serves a new application and a renewal with changes.
/// </summary>
public sealed class ApplicationForm
{
    /// <summary>Every file of an application at its largest, plus the form's text.</summary>
    public const long MaxRequestBytes = ((long)ApplicationDocument.MaxFiles * ApplicationDocument.MaxBytes) + (1024 * 1024);

    public const string Other = "other";

    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    /// <summary>The value typed in a field (or prefilled), for the input's value attribute.</summary>
    public string? this[string field]
    {
        get => _values.GetValueOrDefault(field);
        set => _values[field] = value;
    }

    public bool Juristic => string.Equals(this["applicant_kind"], "juristic", StringComparison.Ordinal);

    public static string AnswerField(string key) => $"answers[{key}]";

    public static string DocumentField(string code) => $"documents[{code}]";

    public static ApplicationForm Read(IFormCollection form, PermitType type)
    {
        var result = new ApplicationForm();
        foreach (var field in new[] { "applicant_kind", "applicant_name", "applicant_id", "email", "phone", "business_name", "premises_address", "area", "fee_category" })
        {
            result[field] = form[field].ToString();
        }
        foreach (var extra in type.Fields)
        {
            result[AnswerField(extra.Key)] = form[AnswerField(extra.Key)].ToString();
        }
        return result;
    }

    /// <summary>A form filled in from an earlier application (a renewal with changes). A person's national ID is not filled in: it is never sent back to a page.</summary>
    public static ApplicationForm From(PermitApplication last)
    {
        var result = new ApplicationForm
        {
            ["applicant_kind"] = last.ApplicantKind == ApplicantKind.Juristic ? "juristic" : "person",
            ["applicant_name"] = last.ApplicantName,
            ["applicant_id"] = last.JuristicTaxId,
            ["email"] = last.ApplicantEmail,
            ["phone"] = last.ApplicantPhone,
            ["business_name"] = last.BusinessName,
            ["premises_address"] = last.PremisesAddress,
            ["area"] = last.AreaSquareMetres?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            ["fee_category"] = last.FeeCategory,
        };
        foreach (var (key, value) in last.Answers)
        {
            result[AnswerField(key)] = value;
        }
        return result;
    }

    public ApplicationInput ToInput(PermitType type) => new()
    {
        ApplicantKind = this["applicant_kind"],
        ApplicantName = this["applicant_name"],
        ApplicantId = this["applicant_id"],
        Email = this["email"],
        Phone = this["phone"],
        BusinessName = this["business_name"],
        PremisesAddress = this["premises_address"],
        AreaSquareMetres = this["area"],
        FeeCategory = this["fee_category"],
        Answers = type.Fields.ToDictionary(f => f.Key, f => this[AnswerField(f.Key)], StringComparer.Ordinal),
    };

    /// <summary>The posted files named documents[code], each read at most 5 MB (a larger one reads as null and is reported).</summary>
    public static IReadOnlyList<UploadedDocument> Uploads(IFormFileCollection files) =>
        [.. files.Where(f => f.Length > 0 && f.Name.StartsWith("documents[", StringComparison.Ordinal) && f.Name.EndsWith(']'))
            .Select(f => new UploadedDocument(f.Name["documents[".Length..^1], f.FileName, f.Length, async cancellationToken =>
            {
                await using var stream = f.OpenReadStream();
                return await UploadedFile.ReadLimitedAsync(stream, f.Length, ApplicationDocument.MaxBytes, cancellationToken);
            }))];
}
