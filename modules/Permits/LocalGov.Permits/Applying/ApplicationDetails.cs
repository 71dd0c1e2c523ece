using System.Globalization;
using System.Text.RegularExpressions;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Web;
using LocalGov.Thai;

namespace LocalGov.Permits.Applying;

/// <summary>One thing wrong with one field, in Thai and English; <see cref="Field"/> names the form input.</summary>

/// <summary>
/// A checked application, ready to save. Built only by <see cref="Validate"/>, which reports every problem at once:
/// the applicant's ID (a person's national ID, or a juristic person's tax ID, both with their check digit), the
/// premises, the area against the type's limits (food premises: a licence over 200 m², a notification up to 200 m²),
/// the fee category, and each extra field.
/// </summary>
public sealed partial record ApplicationDetails(
    ApplicantKind ApplicantKind, string ApplicantName, string ApplicantId, string? Email, string? Phone,
    string BusinessName, string PremisesAddress, decimal? AreaSquareMetres, string? FeeCategory, Dictionary<string, string> Answers)
{
    public const int MaxAnswer = 500;

    /// <summary>The answers' column holds 8,000 characters of JSON.</summary>
    public const int MaxAnswersStored = 8000;

    public static (ApplicationDetails? Details, IReadOnlyList<FieldError> Errors) Validate(ApplicationInput input, PermitType type, bool emailRequired)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string th, string en) => errors.Add(new FieldError(field, new LocalizedText(th, en)));

        var kind = input.ApplicantKind?.Trim().ToLowerInvariant() == "juristic" ? ApplicantKind.Juristic : ApplicantKind.Person;
        var name = Clean(input.ApplicantName);
        if (name is null)
        {
            Fail("applicant_name", kind == ApplicantKind.Person ? "กรุณากรอกชื่อ-นามสกุลผู้ยื่นคำขอ" : "กรุณากรอกชื่อนิติบุคคล",
                kind == ApplicantKind.Person ? "Enter the applicant's full name." : "Enter the company's name.");
        }
        else if (name.Length > PermitApplication.MaxText)
        {
            Fail("applicant_name", "ชื่อยาวเกิน 200 ตัวอักษร", "The name is longer than 200 characters.");
        }

        string id = "";
        var check = kind == ApplicantKind.Person ? ThaiNationalId.Check(input.ApplicantId) : ThaiTaxId.Check(input.ApplicantId);
        if (!check.IsValid)
        {
            Fail("applicant_id", (kind == ApplicantKind.Person ? "เลขประจำตัวประชาชนไม่ถูกต้อง: " : "เลขประจำตัวผู้เสียภาษีของนิติบุคคลไม่ถูกต้อง: ") + check.MessageTh,
                (kind == ApplicantKind.Person ? "The national ID is not valid: " : "The company's tax ID is not valid: ") + check.Message);
        }
        else
        {
            id = kind == ApplicantKind.Person ? ThaiNationalId.Normalize(input.ApplicantId!) : ThaiTaxId.Normalize(input.ApplicantId!);
            if (kind == ApplicantKind.Juristic && id[0] != '0')
            {
                // Juristic registration numbers start with 0; 1–8 are people's national IDs.
                Fail("applicant_id", "เลขนี้เป็นเลขประจำตัวประชาชนของบุคคล หากยื่นในนามบุคคลให้เลือก \"บุคคลธรรมดา\"",
                    "This is a person's national ID; choose \"person\" to apply in your own name.");
            }
        }

        var email = Clean(input.Email);
        if (email is null && emailRequired)
        {
            Fail("email", "กรุณากรอกอีเมลเพื่อรับเลขที่คำขอและผลการพิจารณา", "Enter an email address to receive the application number and the decision.");
        }
        else if (email is not null && (email.Length > 256 || !EmailAddress.IsPlausible(email)))
        {
            Fail("email", "อีเมลไม่ถูกต้อง", "The email address is not valid.");
        }

        var phone = Clean(input.Phone);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            Fail("phone", "หมายเลขโทรศัพท์ไม่ถูกต้อง (ตัวเลข 9–10 หลัก)", "The phone number is not valid (9–10 digits).");
        }

        var business = Clean(input.BusinessName);
        if (business is null)
        {
            Fail("business_name", "กรุณากรอกชื่อสถานประกอบการหรือโครงการ", "Enter the business or project name.");
        }
        else if (business.Length > PermitApplication.MaxText)
        {
            Fail("business_name", "ชื่อยาวเกิน 200 ตัวอักษร", "The name is longer than 200 characters.");
        }

        var address = Clean(input.PremisesAddress);
        if (address is null)
        {
            Fail("premises_address", "กรุณากรอกที่ตั้งสถานประกอบการหรืออาคาร", "Enter the address of the premises or building.");
        }
        else if (address.Length > 500)
        {
            Fail("premises_address", "ที่อยู่ยาวเกิน 500 ตัวอักษร", "The address is longer than 500 characters.");
        }

        decimal? area = null;
        if (Clean(input.AreaSquareMetres) is { } rawArea)
        {
            if (decimal.TryParse(rawArea.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a)
                && a > 0 && a <= 10_000_000)
            {
                area = Math.Round(a, 2, MidpointRounding.AwayFromZero);
            }
            else
            {
                Fail("area", "พื้นที่ต้องเป็นตัวเลขมากกว่า 0 (ตารางเมตร)", "The area must be a number above 0 (m²).");
            }
        }
        else if (type.AreaRequired)
        {
            Fail("area", "กรุณากรอกพื้นที่ (ตารางเมตร)", "Enter the area (m²).");
        }
        if (area is { } size && type.AreaAbove is { } above && size <= above)
        {
            Fail("area", $"คำขอประเภทนี้สำหรับพื้นที่เกิน {above:0.##} ตารางเมตร พื้นที่ {size:0.##} ตารางเมตรให้ยื่นประเภทการแจ้งแทน",
                $"This type is for premises over {above:0.##} m²; for {size:0.##} m² file the notification instead.");
        }
        if (area is { } small && type.AreaAtMost is { } most && small > most)
        {
            Fail("area", $"คำขอประเภทนี้สำหรับพื้นที่ไม่เกิน {most:0.##} ตารางเมตร พื้นที่ {small:0.##} ตารางเมตรต้องขอใบอนุญาต",
                $"This type is for premises of at most {most:0.##} m²; {small:0.##} m² needs a licence.");
        }

        string? category = null;
        if (type.FeeMode == FeeMode.ByCategory)
        {
            category = type.FeeCategories.FirstOrDefault(c => string.Equals(c.Code, Clean(input.FeeCategory), StringComparison.OrdinalIgnoreCase))?.Code;
            if (category is null)
            {
                Fail("fee_category", "กรุณาเลือกประเภทกิจการ", "Choose a category.");
            }
        }

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var value = Clean(input.Answers.GetValueOrDefault(field.Key));
            var key = "answers[" + field.Key + "]";
            if (value is null)
            {
                if (field.Required)
                {
                    Fail(key, $"กรุณากรอก \"{field.LabelTh}\"", $"Enter \"{field.LabelEn}\".");
                }
                continue;
            }
            if (value.Length > MaxAnswer)
            {
                Fail(key, $"\"{field.LabelTh}\" ยาวเกิน {MaxAnswer} ตัวอักษร", $"\"{field.LabelEn}\" is longer than {MaxAnswer} characters.");
            }
            else if (field.Kind == ExtraFieldKind.Number && !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            {
                Fail(key, $"\"{field.LabelTh}\" ต้องเป็นตัวเลข", $"\"{field.LabelEn}\" must be a number.");
            }
            else if (field.Kind == ExtraFieldKind.Choice && !(field.Choices ?? []).Contains(value))
            {
                Fail(key, $"กรุณาเลือก \"{field.LabelTh}\" จากรายการ", $"Choose \"{field.LabelEn}\" from the list.");
            }
            else
            {
                answers[field.Key] = value;
            }
        }

        if (JsonColumn.StoredLength(answers) > MaxAnswersStored)
        {
            Fail("answers", "คำตอบรวมกันยาวเกินไป กรุณาย่อให้สั้นลง", "The answers are too long together; please shorten them.");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ApplicationDetails(kind, name!, id, email, phone, business!, address!, area, category, answers), errors);
    }

    /// <summary>
    /// Reads and checks the uploaded files: at most <see cref="ApplicationDocument.MaxFiles"/>, each PDF, JPEG or PNG
    /// by its bytes and at most 5 MB; with <paramref name="requireAll"/>, every required document of the type.
    /// </summary>
    public static async Task<(IReadOnlyList<CheckedDocument> Documents, IReadOnlyList<FieldError> Errors)> CheckDocumentsAsync(
        IReadOnlyList<UploadedDocument> uploads, PermitType type, bool requireAll, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var documents = new List<CheckedDocument>();
        if (uploads.Count > ApplicationDocument.MaxFiles)
        {
            errors.Add(new("documents", new($"แนบไฟล์ได้ไม่เกิน {ApplicationDocument.MaxFiles} ไฟล์", $"Attach at most {ApplicationDocument.MaxFiles} files.")));
            return (documents, errors);
        }
        var known = type.Documents.Select(d => d.Code).Append("other").ToHashSet(StringComparer.Ordinal);
        foreach (var upload in uploads)
        {
            var field = "documents[" + upload.DocumentCode + "]";
            var fileName = Path.GetFileName(upload.FileName);
            if (!known.Contains(upload.DocumentCode))
            {
                errors.Add(new(field, new("ไม่รู้จักเอกสารนี้", "Unknown document.")));
                continue;
            }
            var data = await upload.Read(cancellationToken);
            if (data is null)
            {
                errors.Add(new(field, new($"ไฟล์ \"{fileName}\" ใหญ่เกิน 5 MB", $"\"{fileName}\" is larger than 5 MB.")));
                continue;
            }
            if (UploadedFile.Sniff(data) is not { } contentType)
            {
                errors.Add(new(field, new($"ไฟล์ \"{fileName}\" ไม่ใช่ PDF, JPEG หรือ PNG", $"\"{fileName}\" is not a PDF, JPEG or PNG file.")));
                continue;
            }
            var (clean, problem) = UploadedFile.Clean(data, contentType, fileName);
            if (clean is null)
            {
                errors.Add(new(field, problem!));
                continue;
            }
            documents.Add(new CheckedDocument(upload.DocumentCode, fileName.Length > 200 ? fileName[..200] : fileName, contentType, clean));
        }
        if (requireAll)
        {
            foreach (var required in type.Documents.Where(d => d.Required && documents.All(x => x.DocumentCode != d.Code)))
            {
                if (errors.All(e => e.Field != "documents[" + required.Code + "]"))
                {
                    errors.Add(new("documents[" + required.Code + "]", new($"กรุณาแนบ \"{required.NameTh}\"", $"Attach \"{required.NameEn}\".")));
                }
            }
        }
        return (documents, errors);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{7,14}$")]
    private static partial Regex PhonePattern();
}
