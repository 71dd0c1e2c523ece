namespace LocalGov.Tax.Rates;

/// <summary>
/// One band of a rate table: the rate (percent) applies to the part of the taxable value from <see cref="From"/>
/// up to <see cref="To"/> (baht; null = no upper end). Bands are stepwise, like income tax (docs/adr/0016).
/// </summary>
public sealed record RateBand(decimal From, decimal? To, decimal RatePercent);

/// <summary>
/// The rates of one use category: an exemption taken off the value first (for individuals only, or for everyone),
/// then the bands on what is left.
/// </summary>
public sealed class CategoryRates
{
    public LandUse Use { get; set; }
    /// <summary>Value exempt before the bands, for individual owners (s.40: agricultural 50 M; s.41: main home 50 M, house only 10 M).</summary>
    public decimal IndividualExemption { get; set; }
    public List<RateBand> Bands { get; set; } = [];
}

/// <summary>Signboard tax rate per 500 cm² for a sign type and whether its text moves or changes.</summary>
public sealed record SignRate(int Type, bool Moving, decimal RatePer500);

/// <summary>
/// Treasury building depreciation for one kind of construction: percent per year of age, year by year (the last
/// figure repeats), capped at <see cref="CapPercent"/>.
/// </summary>
public sealed record DepreciationRule(string Material, List<decimal> PercentPerYear, decimal CapPercent);
