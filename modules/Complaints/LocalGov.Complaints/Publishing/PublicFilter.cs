namespace LocalGov.Complaints.Publishing;

/// <summary>
/// What a reader narrowed the public list and map to: a category code, open or closed, a Bangkok month of filing,
/// or one tracking code (the pin on the tracking page). Unknown values narrow to nothing rather than fail.
/// </summary>
public sealed record PublicFilter(string? Category = null, string? State = null, BangkokMonth? Month = null, string? Code = null)
{
    public const string Open = "open";
    public const string Closed = "closed";

    public static PublicFilter From(string? category, string? state, string? month, string? code = null) => new(
        string.IsNullOrWhiteSpace(category) ? null : category.Trim(),
        state is Open or Closed ? state : null,
        BangkokMonth.Parse(month),
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant());

    /// <summary>The same filter as a query string (for paging links and the map's data URL), starting with '?' or empty.</summary>
    public string ToQuery(int? page = null)
    {
        var parts = new List<string>();
        if (Category is not null)
        {
            parts.Add("category=" + Uri.EscapeDataString(Category));
        }
        if (State is not null)
        {
            parts.Add("state=" + State);
        }
        if (Month is { } month)
        {
            parts.Add("month=" + month.Key);
        }
        if (Code is not null)
        {
            parts.Add("code=" + Uri.EscapeDataString(Code));
        }
        if (page is > 1)
        {
            parts.Add("page=" + page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
