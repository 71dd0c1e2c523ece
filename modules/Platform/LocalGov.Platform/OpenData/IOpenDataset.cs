using LocalGov.Platform.Localization;

namespace LocalGov.Platform.OpenData;

/// <summary>How a column's values are written: text, a whole number, a decimal, or an ISO date.</summary>
public enum OpenDataType
{
    Text,
    Integer,
    Decimal,
    Date,
}

/// <summary>One column of an open dataset: its machine name (snake_case, English), its type and what it means.</summary>
public sealed record OpenDataColumn(string Name, OpenDataType Type, LocalizedText Title);

/// <summary>How often a dataset's figures change, as data.go.th's <c>update_frequency_unit</c> asks.</summary>
public enum UpdateFrequency
{
    Monthly,
    Yearly,
}

/// <summary>
/// A module's open dataset: aggregate figures about one LAO, computed from the module's own tables. Modules
/// register theirs in ConfigureServices (<c>services.AddScoped&lt;IOpenDataset, …&gt;()</c>); the open-data
/// catalogue publishes each one for every active LAO that has <see cref="Feature"/> on, under the stable name
/// <c>{lao code}-{slug}</c>, and once for the whole country (<c>national-{slug}</c>: every publishing LAO's rows).
/// </summary>
/// <remarks>
/// Aggregates only, never a row about a person: no names, ID numbers, addresses, telephone numbers or e-mail
/// addresses, and no free text a resident typed. The catalogue puts <c>lao_code</c> and <c>province_code</c> in
/// front of the columns itself; a dataset lists only its own.
/// </remarks>
public interface IOpenDataset
{
    /// <summary>The module feature that gates it (<c>Modules.Complaints</c>); null for a kernel dataset every LAO publishes (satisfaction).</summary>
    string? Feature { get; }

    /// <summary>The dataset's part of the name, lowercase with hyphens: <c>complaint-statistics</c>.</summary>
    string Slug { get; }

    LocalizedText Title { get; }

    LocalizedText Description { get; }

    /// <summary>Keywords in Thai and English.</summary>
    IReadOnlyList<string> Tags { get; }

    UpdateFrequency Frequency { get; }

    IReadOnlyList<OpenDataColumn> Columns { get; }

    /// <summary>The days the figures cover as of <paramref name="today"/> (Bangkok), first and last included.</summary>
    (DateOnly From, DateOnly To) Coverage(DateOnly today);

    /// <summary>
    /// The rows for the LAO in context (the catalogue sets it), one value per column of <see cref="Columns"/>: string,
    /// int, long, decimal, double, DateOnly or null.
    /// </summary>
    Task<IReadOnlyList<object?[]>> ReadAsync(CancellationToken cancellationToken);
}
