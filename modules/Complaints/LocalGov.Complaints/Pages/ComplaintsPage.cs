using LocalGov.Complaints.Workflow;

namespace LocalGov.Complaints.Pages;

/// <summary>What the complaint pages share: language, Bangkok times with Buddhist-Era years in Thai, status names.</summary>
public abstract class ComplaintsPage : Platform.Web.LocalGovPageModel
{
    public string StatusText(ComplaintStatus status) => ComplaintStatusText.Of(status) is var t && IsThai ? t.Th : t.En;

    public string ChannelText(ComplaintChannel channel) => ComplaintStatusText.Of(channel) is var t && IsThai ? t.Th : t.En;

    public string Name(Categories.Category category) => IsThai ? category.NameTh : category.NameEn;

    /// <summary>"th" or "en", for mail sent on the reader's behalf.</summary>
    public string CultureName => IsThai ? "th" : "en";
}

/// <summary>What the extra-questions partial needs: the categories, the posted form (to keep answers), the language.</summary>
public sealed record AttributeFields(IReadOnlyList<Categories.Category> Categories, Microsoft.AspNetCore.Http.IFormCollection? Form, bool Thai)
{
    public string? Answer(string category, string code) => Form?[$"attr[{category}][{code}]"].ToString();

    /// <summary>Answers posted as <c>attr[category][code]</c>; only the chosen category's count.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Read(Microsoft.AspNetCore.Http.IFormCollection form, string? category)
    {
        var prefix = $"attr[{category}][";
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in form)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.EndsWith(']'))
            {
                answers[key[prefix.Length..^1]] = [.. values.Where(v => v is not null).Select(v => v!)];
            }
        }
        return answers;
    }
}
