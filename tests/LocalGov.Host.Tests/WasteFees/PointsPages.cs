using System.Net;
using System.Text.RegularExpressions;
using LocalGov.WasteFees.ServicePoints;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>Reading and filling the service-point pages in tests: form fields by CSV name, errors beside fields, stamps.</summary>
internal static partial class PointsPages
{
    /// <summary>Every field of the form, named as on the page (and in CSV files).</summary>
    public static List<KeyValuePair<string, string>> Fields(ServicePointInput input, params (string Key, string Value)[] more) =>
        [.. ServicePointFields.All.Select(f => new KeyValuePair<string, string>(f.Name, f.Get(input) ?? "")),
            .. more.Select(m => new KeyValuePair<string, string>(m.Key, m.Value))];

    public static (string Key, string Value)[] Tuples(IEnumerable<KeyValuePair<string, string>> fields) => [.. fields.Select(f => (f.Key, f.Value))];

    /// <summary>The errors shown beside each field, HTML-decoded; fields without errors are left out.</summary>
    public static Dictionary<string, string> FieldErrors(string html) => FieldError().Matches(html)
        .Where(m => m.Groups[2].Value.Trim().Length > 0)
        .ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    public static string Stamp(string html) => WebUtility.HtmlDecode(StampField().Match(html).Groups[1].Value);

    public static Guid PointId(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var match = PointUrl().Match(redirect.Headers.Location!.OriginalString);
        Assert.True(match.Success, redirect.Headers.Location.OriginalString);
        return Guid.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex("""<p class="form-errors" id="e-[a-z_A-Z]+" data-error-for="([a-z_A-Z]+)">(.*?)</p>""", RegexOptions.Singleline)]
    private static partial Regex FieldError();

    [GeneratedRegex("""name="stamp" value="([^"]*)" """)]
    private static partial Regex StampField();

    [GeneratedRegex("/staff/waste/points/([0-9a-f-]{36})")]
    private static partial Regex PointUrl();
}
