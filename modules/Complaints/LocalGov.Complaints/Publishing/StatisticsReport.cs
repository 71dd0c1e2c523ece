using LocalGov.Platform.Localization;

namespace LocalGov.Complaints.Publishing;

/// <summary>
/// One period's figures. Received counts complaints filed in the period; the rest count complaints whose final
/// answer in the period was "resolved" (a rejection is not a resolution, a closure after resolution is).
/// </summary>
public sealed record Figures(int Received, int Resolved, double? MedianHoursToResolve, int ResolvedWithinSla, int Rated, double? AverageRating)
{
    public static readonly Figures Empty = new(0, 0, null, 0, 0, null);

    /// <summary>Per cent of the resolved complaints resolved by their due time; null when none were resolved.</summary>
    public double? ShareWithinSla => Resolved == 0 ? null : 100.0 * ResolvedWithinSla / Resolved;
}

public sealed record MonthFigures(BangkokMonth Month, Figures Figures);

public sealed record CategoryStatistics(string Code, LocalizedText Name, IReadOnlyList<MonthFigures> Months, Figures Total);

/// <summary>The LAO's last months, all public categories together and one by one; confidential categories are left out.</summary>
public sealed record StatisticsReport(IReadOnlyList<MonthFigures> Months, Figures Total, IReadOnlyList<CategoryStatistics> Categories);

/// <summary>The narrow projection the figures are computed from (one complaint).</summary>
/// <param name="Resolved">Its latest answer was a resolution (not a rejection), and it is not open again.</param>
public sealed record ComplaintFacts(Guid CategoryId, DateTime FiledAt, DateTime? DueAt, DateTime? ResolvedAt, bool Resolved, int? Rating);

/// <summary>A category as the report names it.</summary>
public sealed record StatisticsCategory(Guid Id, string Code, LocalizedText Name);
