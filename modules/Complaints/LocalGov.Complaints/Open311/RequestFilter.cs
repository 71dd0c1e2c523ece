using System.Globalization;
using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Http;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// The arguments of GET requests (GeoReport v2, "GET Service Requests"): <c>service_request_id</c> (comma list,
/// overrides every other filter), <c>service_code</c> and <c>status</c> (comma lists), <c>start_date</c> and
/// <c>end_date</c> on requested_datetime (at most 90 days apart; the last 90 days when neither is given), and our
/// extensions <c>updated_after</c>/<c>updated_before</c>, <c>page</c>/<c>page_size</c> (at most 1,000) and
/// <c>extensions=true</c>. An empty argument is an absent one.
/// </summary>
internal sealed record RequestFilter
{
    public const int MaxPageSize = 1000;
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(90);

    public IReadOnlyList<string>? Ids { get; private init; }
    public IReadOnlyList<string>? ServiceCodes { get; private init; }

    /// <summary>True for open only, false for closed only, null for both.</summary>
    public bool? Open { get; private init; }

    public DateTime? RequestedFrom { get; private init; }
    public DateTime? RequestedTo { get; private init; }
    public DateTime? UpdatedAfter { get; private init; }
    public DateTime? UpdatedBefore { get; private init; }
    public int Page { get; private init; } = 1;
    public int PageSize { get; private init; } = MaxPageSize;
    public bool Extensions { get; private init; }

    public static (RequestFilter Filter, IReadOnlyList<Open311Error> Errors) Parse(IQueryCollection query, DateTime now)
    {
        var errors = new List<Open311Error>();
        var filter = new RequestFilter
        {
            Ids = List(query, "service_request_id"),
            ServiceCodes = List(query, "service_code"),
            Open = Status(query, errors),
            UpdatedAfter = Date(query, "updated_after", errors),
            UpdatedBefore = Date(query, "updated_before", errors),
            Page = Number(query, "page", 1, 100_000, 1, errors),
            PageSize = Number(query, "page_size", 1, MaxPageSize, MaxPageSize, errors),
            Extensions = string.Equals(Value(query, "extensions"), "true", StringComparison.OrdinalIgnoreCase),
        };
        var start = Date(query, "start_date", errors);
        var end = Date(query, "end_date", errors);
        if (filter.Ids is not null)
        {
            // "This overrides all other arguments": only the output options still apply
            return (new RequestFilter { Ids = filter.Ids, Page = filter.Page, PageSize = filter.PageSize, Extensions = filter.Extensions }, errors);
        }
        if (start is { } s && end is { } e)
        {
            if (e < s)
            {
                errors.Add(Bad(new("end_date ต้องไม่ก่อน start_date", "end_date must not be before start_date.")));
            }
            else if (e - s > MaxSpan)
            {
                errors.Add(Bad(new("start_date ถึง end_date ห่างกันได้ไม่เกิน 90 วัน", "start_date and end_date may span at most 90 days.")));
            }
        }
        else if (start is not null)
        {
            end = start + MaxSpan;
        }
        else if (end is not null)
        {
            start = end - MaxSpan;
        }
        else if (filter.UpdatedAfter is null)
        {
            start = now - MaxSpan; // "the range defaults to most recent 90 days"; updated_after bounds a sync instead
        }
        return (filter with { RequestedFrom = start, RequestedTo = end }, errors);
    }

    private static string? Value(IQueryCollection query, string name) =>
        query[name].ToString() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static List<string>? List(IQueryCollection query, string name)
    {
        var items = query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();
        return items.Count == 0 ? null : items;
    }

    private static bool? Status(IQueryCollection query, List<Open311Error> errors)
    {
        var values = List(query, "status");
        if (values is null)
        {
            return null;
        }
        var unknown = values.Where(v => v is not ("open" or "closed")).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(Bad(new($"status ต้องเป็น open หรือ closed (ได้รับ {string.Join(", ", unknown)})",
                $"status must be open or closed (received {string.Join(", ", unknown)}).")));
            return null;
        }
        return values.Distinct().Count() == 2 ? null : values[0] == "open";
    }

    private static DateTime? Date(IQueryCollection query, string name, List<Open311Error> errors)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }
        if (Open311Dates.TryParse(text, out var utc))
        {
            return utc;
        }
        errors.Add(Bad(new($"{name} ต้องเป็นวันเวลาแบบ W3C เช่น 2026-11-01T00:00:00+07:00",
            $"{name} must be a W3C date-time with its offset, e.g. 2026-11-01T00:00:00+07:00.")));
        return null;
    }

    private static int Number(IQueryCollection query, string name, int min, int max, int absent, List<Open311Error> errors)
    {
        if (Value(query, name) is not { } text)
        {
            return absent;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors.Add(Bad(new($"{name} ต้องเป็นจำนวนเต็ม {min:N0} ถึง {max:N0}", $"{name} must be a whole number from {min:N0} to {max:N0}.")));
        return absent;
    }

    private static Open311Error Bad(LocalizedText text) => new(StatusCodes.Status400BadRequest, text);
}
