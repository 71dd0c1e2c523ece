using System.Globalization;
using System.Text.Json;
using LocalGov.Complaints.Categories;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;

namespace LocalGov.Complaints.Filing;

/// <summary>Checks a filer's answers to a category's extra questions and keeps them as JSON.</summary>
public static class AttributeAnswers
{
    public const int MaxAnswerLength = 500;
    public const int MaxJsonLength = 8000;

    /// <returns>JSON of the answers, or null when there are none.</returns>
    public static string? Validate(Category category, IReadOnlyDictionary<string, IReadOnlyList<string>>? answers)
    {
        answers ??= new Dictionary<string, IReadOnlyList<string>>();
        var kept = new SortedDictionary<string, object>(StringComparer.Ordinal);
        var problems = new List<LocalizedText>();
        foreach (var code in answers.Keys.Where(k => !category.Attributes.Any(a => a.Variable && a.Code == k)))
        {
            problems.Add(new($"หมวด {category.NameTh} ไม่มีคำถาม {code}", $"The category {category.NameEn} has no attribute {code}."));
        }
        foreach (var attribute in category.Attributes.Where(a => a.Variable).OrderBy(a => a.Order))
        {
            var values = answers.TryGetValue(attribute.Code, out var given)
                ? given.Select(v => v.Trim()).Where(v => v.Length > 0).ToList()
                : [];
            if (values.Count == 0)
            {
                if (attribute.Required)
                {
                    problems.Add(new($"ตอบคำถาม \"{attribute.DescriptionTh}\" ({attribute.Code})",
                        $"Answer \"{attribute.DescriptionEn}\" ({attribute.Code})."));
                }
                continue;
            }
            if (values.Any(v => v.Length > MaxAnswerLength))
            {
                problems.Add(new($"คำตอบ {attribute.Code} ยาวเกิน {MaxAnswerLength} ตัวอักษร", $"The answer to {attribute.Code} is longer than {MaxAnswerLength} characters."));
                continue;
            }
            if (attribute.Datatype != AttributeDatatype.Multivaluelist && values.Count > 1)
            {
                problems.Add(new($"คำถาม {attribute.Code} รับได้คำตอบเดียว", $"The attribute {attribute.Code} takes one value."));
                continue;
            }
            switch (attribute.Datatype)
            {
                case AttributeDatatype.Number when !decimal.TryParse(values[0], NumberStyles.Number, CultureInfo.InvariantCulture, out _):
                    problems.Add(new($"คำตอบ {attribute.Code} ต้องเป็นตัวเลข", $"The answer to {attribute.Code} must be a number."));
                    continue;
                case AttributeDatatype.Datetime when !DateTimeOffset.TryParse(values[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                    problems.Add(new($"คำตอบ {attribute.Code} ต้องเป็นวันเวลา เช่น 2026-11-22T09:30:00+07:00",
                        $"The answer to {attribute.Code} must be a date and time, e.g. 2026-11-22T09:30:00+07:00."));
                    continue;
                case AttributeDatatype.Singlevaluelist or AttributeDatatype.Multivaluelist:
                    var keys = attribute.ValueList.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
                    var unknown = values.Where(v => !keys.Contains(v)).ToList();
                    if (unknown.Count > 0)
                    {
                        problems.Add(new($"คำตอบ {attribute.Code} ต้องเป็นหนึ่งใน {string.Join(", ", keys)}",
                            $"The answer to {attribute.Code} must be one of {string.Join(", ", keys)}."));
                        continue;
                    }
                    break;
            }
            kept[attribute.Code] = attribute.Datatype == AttributeDatatype.Multivaluelist ? values : values[0];
        }
        if (problems.Count > 0)
        {
            throw new BusinessRuleException(new LocalizedText(
                string.Join(" ", problems.Select(p => p.Th)), string.Join(" ", problems.Select(p => p.En))), "attributes");
        }
        if (kept.Count == 0)
        {
            return null;
        }
        // Thai kept as UTF-8 (the default encoder writes each Thai letter as \uXXXX, six times longer)
        var json = JsonSerializer.Serialize(kept, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return json.Length <= MaxJsonLength ? json : throw new BusinessRuleException(new(
            "คำตอบคำถามเพิ่มเติมรวมกันยาวเกินไป กรุณาย่อให้สั้นลง", "The answers to the extra questions are too long together; shorten them."), "attributes");
    }

    /// <summary>The stored answers as code → values.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string? json)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return result;
        }
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind == JsonValueKind.Array
                ? [.. property.Value.EnumerateArray().Select(v => v.GetString() ?? "")]
                : [property.Value.GetString() ?? ""];
        }
        return result;
    }
}
