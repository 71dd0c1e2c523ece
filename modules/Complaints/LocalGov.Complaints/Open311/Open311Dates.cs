using System.Globalization;
using System.Text.RegularExpressions;
using LocalGov.Thai;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// W3C-DTF dates (the ISO 8601 profile of https://www.w3.org/TR/NOTE-datetime) as GeoReport v2 requires: written in
/// Bangkok time with its offset (<c>2026-11-22T09:30:00+07:00</c>); read with a mandatory offset or <c>Z</c>, or
/// as a bare date meaning midnight in Bangkok.
/// </summary>
internal static partial class Open311Dates
{
    public static string? Format(DateTime? utc) => utc is { } value
        ? Platform.Timing.BangkokTime.ToLocal(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : null;

    /// <summary>Parses a W3C-DTF date or date-time to UTC.</summary>
    public static bool TryParse(string text, out DateTime utc)
    {
        utc = default;
        // a '+' left unencoded in a query string arrives as a space
        var value = text.Trim().Replace(' ', '+');
        if (DateOnlyPattern().IsMatch(value) &&
            DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            utc = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ThaiDate.BangkokOffset).UtcDateTime;
            return true;
        }
        if (DateTimePattern().IsMatch(value) &&
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var moment))
        {
            utc = moment.UtcDateTime;
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateOnlyPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();
}
