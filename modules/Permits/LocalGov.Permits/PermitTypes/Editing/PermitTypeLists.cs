using LocalGov.Platform.Web;
using System.Globalization;
using System.Text.RegularExpressions;
using LocalGov.Permits.Applying;
using LocalGov.Platform.Localization;

namespace LocalGov.Permits.PermitTypes.Editing;

/// <summary>
/// The permit type's lists as staff type them: one item per line, parts separated by "|". Each line is checked and
/// a problem names its line number. Formats:
/// <list type="bullet">
/// <item>documents: <c>code | ชื่อไทย | English | required</c> (the last part "required" or "optional"; default required)</item>
/// <item>fee categories: <c>code | ชื่อไทย | English | fee in baht</c></item>
/// <item>extra fields: <c>key | ชื่อไทย | English | text/number/choice | required/optional | choice 1; choice 2</c></item>
/// <item>checklist: one item per line, as printed on the inspection form</item>
/// </list>
/// </summary>
public static partial class PermitTypeLists
{
    public const int MaxItems = 30;
    public const int MaxText = 200;

    public static string WriteDocuments(IEnumerable<RequiredDocument> documents) =>
        string.Join('\n', documents.Select(d => $"{d.Code} | {d.NameTh} | {d.NameEn} | {(d.Required ? "required" : "optional")}"));

    public static string WriteCategories(IEnumerable<FeeCategory> categories) =>
        string.Join('\n', categories.Select(c => $"{c.Code} | {c.NameTh} | {c.NameEn} | {c.Fee.ToString("0.##", CultureInfo.InvariantCulture)}"));

    public static string WriteFields(IEnumerable<ExtraField> fields) =>
        string.Join('\n', fields.Select(f => $"{f.Key} | {f.LabelTh} | {f.LabelEn} | {f.Kind.ToString().ToLowerInvariant()} | {(f.Required ? "required" : "optional")}" +
            (f.Choices is { Count: > 0 } choices ? " | " + string.Join("; ", choices) : "")));

    public static List<RequiredDocument> ReadDocuments(string? text, List<FieldError> errors)
    {
        var list = new List<RequiredDocument>();
        foreach (var (n, parts) in Lines(text, "Documents", new("เอกสาร", "Documents"), errors))
        {
            var fail = Failer("Documents", new("เอกสาร", "Documents"), n, errors);
            if (parts.Length is < 3 or > 4)
            {
                fail("ต้องมี 3 หรือ 4 ส่วน: รหัส | ชื่อไทย | English | required", "needs 3 or 4 parts: code | Thai name | English name | required");
                continue;
            }
            if (Code(parts[0], fail) is not { } code || Text(parts[1], fail) is not { } th || Text(parts[2], fail) is not { } en || Flag(parts.ElementAtOrDefault(3), fail) is not { } required)
            {
                continue;
            }
            if (code == "other")
            {
                fail("รหัส other สงวนไว้สำหรับ \"เอกสารอื่น\"", "the code \"other\" is kept for \"other documents\"");
            }
            else if (list.Any(d => d.Code == code))
            {
                fail($"รหัส {code} ซ้ำ", $"the code {code} is used twice");
            }
            else
            {
                list.Add(new RequiredDocument(code, th, en, required));
            }
        }
        return list;
    }

    public static List<FeeCategory> ReadCategories(string? text, List<FieldError> errors)
    {
        var list = new List<FeeCategory>();
        foreach (var (n, parts) in Lines(text, "FeeCategories", new("ประเภทค่าธรรมเนียม", "Fee categories"), errors))
        {
            var fail = Failer("FeeCategories", new("ประเภทค่าธรรมเนียม", "Fee categories"), n, errors);
            if (parts.Length != 4)
            {
                fail("ต้องมี 4 ส่วน: รหัส | ชื่อไทย | English | ค่าธรรมเนียม", "needs 4 parts: code | Thai name | English name | fee");
                continue;
            }
            if (Code(parts[0], fail) is not { } code || Text(parts[1], fail) is not { } th || Text(parts[2], fail) is not { } en)
            {
                continue;
            }
            if (!TryMoney(parts[3], out var fee))
            {
                fail("ค่าธรรมเนียมต้องเป็นตัวเลข 0 ถึง 1,000,000 บาท", "the fee must be a number from 0 to 1,000,000 baht");
            }
            else if (list.Any(c => c.Code == code))
            {
                fail($"รหัส {code} ซ้ำ", $"the code {code} is used twice");
            }
            else
            {
                list.Add(new FeeCategory(code, th, en, fee));
            }
        }
        return list;
    }

    public static List<ExtraField> ReadFields(string? text, List<FieldError> errors)
    {
        var list = new List<ExtraField>();
        foreach (var (n, parts) in Lines(text, "Fields", new("ข้อมูลเพิ่มเติม", "Extra fields"), errors))
        {
            var fail = Failer("Fields", new("ข้อมูลเพิ่มเติม", "Extra fields"), n, errors);
            if (parts.Length is < 4 or > 6)
            {
                fail("ต้องมี 4 ถึง 6 ส่วน: รหัส | ชื่อไทย | English | text/number/choice | required | ตัวเลือก; ตัวเลือก",
                    "needs 4 to 6 parts: key | Thai label | English label | text/number/choice | required | choice; choice");
                continue;
            }
            if (Code(parts[0], fail) is not { } key || Text(parts[1], fail) is not { } th || Text(parts[2], fail) is not { } en ||
                Flag(parts.ElementAtOrDefault(4), fail) is not { } required)
            {
                continue;
            }
            ExtraFieldKind? kind = parts[3].ToLowerInvariant() switch
            {
                "text" => ExtraFieldKind.Text,
                "number" => ExtraFieldKind.Number,
                "choice" => ExtraFieldKind.Choice,
                _ => null,
            };
            if (kind is null)
            {
                fail($"ชนิด \"{parts[3]}\" ไม่ถูกต้อง ใช้ text, number หรือ choice", $"the kind \"{parts[3]}\" is not text, number or choice");
                continue;
            }
            var choices = (parts.ElementAtOrDefault(5) ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            if (kind == ExtraFieldKind.Choice && choices.Count < 2)
            {
                fail("ชนิด choice ต้องมีตัวเลือกอย่างน้อย 2 ตัว คั่นด้วย ;", "a choice field needs at least 2 choices, separated by ;");
            }
            else if (kind != ExtraFieldKind.Choice && choices.Count > 0)
            {
                fail("มีตัวเลือกได้เฉพาะชนิด choice", "only a choice field has choices");
            }
            else if (choices.Any(c => c.Length > MaxText) || choices.Count > MaxItems || choices.Distinct(StringComparer.Ordinal).Count() != choices.Count)
            {
                fail($"ตัวเลือกต้องไม่ซ้ำ ไม่เกิน {MaxItems} ตัว ตัวละไม่เกิน {MaxText} ตัวอักษร", $"choices must differ, at most {MaxItems}, each up to {MaxText} characters");
            }
            else if (list.Any(f => f.Key == key))
            {
                fail($"รหัส {key} ซ้ำ", $"the key {key} is used twice");
            }
            else
            {
                list.Add(new ExtraField(key, th, en, kind.Value, required, kind == ExtraFieldKind.Choice ? choices : null));
            }
        }
        return list;
    }

    public static List<string> ReadChecklist(string? text, List<FieldError> errors)
    {
        var list = new List<string>();
        var n = 0;
        foreach (var raw in (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var fail = Failer("Checklist", new("รายการตรวจ", "Checklist"), n, errors);
            if (line.Length > 300)
            {
                fail("ยาวเกิน 300 ตัวอักษร", "is longer than 300 characters");
            }
            else if (list.Contains(line))
            {
                fail("ซ้ำกับบรรทัดก่อนหน้า", "repeats an earlier line");
            }
            else
            {
                list.Add(line);
            }
        }
        if (list.Count > MaxItems)
        {
            errors.Add(new("Checklist", new($"รายการตรวจมีได้ไม่เกิน {MaxItems} บรรทัด", $"The checklist takes at most {MaxItems} lines.")));
        }
        return list;
    }

    /// <summary>A money amount as typed ("1,500.50"), 0 to 1,000,000, rounded to the satang.</summary>
    public static bool TryMoney(string? text, out decimal amount)
    {
        amount = 0;
        if (!decimal.TryParse((text ?? "").Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ||
            value > 1_000_000)
        {
            return false;
        }
        amount = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return true;
    }

    private static IEnumerable<(int Line, string[] Parts)> Lines(string? text, string field, LocalizedText list, List<FieldError> errors)
    {
        var lines = (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');
        if (lines.Count(l => l.Trim().Length > 0) > MaxItems)
        {
            errors.Add(new(field, new($"{list.Th}มีได้ไม่เกิน {MaxItems} บรรทัด", $"{list.En} take at most {MaxItems} lines.")));
            yield break;
        }
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                yield return (i + 1, lines[i].Split('|', StringSplitOptions.TrimEntries));
            }
        }
    }

    private static Action<string, string> Failer(string field, LocalizedText list, int line, List<FieldError> errors) =>
        (th, en) => errors.Add(new(field, new($"{list.Th} บรรทัดที่ {line}: {th}", $"{list.En}, line {line}: {en}.")));

    private static string? Code(string part, Action<string, string> fail)
    {
        if (!CodePattern().IsMatch(part))
        {
            fail($"รหัส \"{part}\" ใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) ไม่เกิน {PermitType.MaxCodeLength} ตัว",
                $"the code \"{part}\" takes lower-case letters, digits and dashes, up to {PermitType.MaxCodeLength}");
            return null;
        }
        return part;
    }

    private static string? Text(string part, Action<string, string> fail)
    {
        if (part.Length is 0 or > MaxText)
        {
            fail($"ชื่อต้องมีและยาวไม่เกิน {MaxText} ตัวอักษร", $"a name is needed, up to {MaxText} characters");
            return null;
        }
        return part;
    }

    private static bool? Flag(string? part, Action<string, string> fail)
    {
        switch ((part ?? "required").ToLowerInvariant())
        {
            case "required" or "":
                return true;
            case "optional":
                return false;
            default:
                fail($"\"{part}\" ต้องเป็น required หรือ optional", $"\"{part}\" must be required or optional");
                return null;
        }
    }

    /// <summary>The code of a type or a list item: lower-case letters, digits and dashes, starting with a letter or digit.</summary>
    public static bool IsCode(string code) => CodePattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,29}$")]
    private static partial Regex CodePattern();
}
