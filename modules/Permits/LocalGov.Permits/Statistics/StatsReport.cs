using LocalGov.Platform.Localization;

namespace LocalGov.Permits.Statistics;

/// <summary>
/// One permit type's figures (or all types together) for a range. Three groups, each counted by its own date:
/// applications received in the range (and of those, how many are still open, late today, or were withdrawn);
/// decisions made in the range (approved, rejected, days to decision, within the legal deadline, the fees billed on
/// the approvals); and permits issued in the range.
/// </summary>
public sealed record TypeFigures(
    int Received, int Open, int Late, int Withdrawn,
    int Approved, int Rejected, double? MedianDays, int DecidedInTime, decimal FeesBilled,
    int PermitsIssued)
{
    public static readonly TypeFigures Empty = new(0, 0, 0, 0, 0, 0, null, 0, 0m, 0);

    public int Decided => Approved + Rejected;

    /// <summary>Per cent of the decisions made within the legal deadline; null when there were none.</summary>
    public double? InTimeShare => Decided == 0 ? null : 100.0 * DecidedInTime / Decided;
}

public sealed record TypeRow(string Code, LocalizedText Name, TypeFigures Figures);

/// <summary>Applications received and decided in one month of the range (days outside the range are not counted).</summary>
public sealed record MonthRow(StatsMonth Month, int Received, int Decided);

public sealed record PermitStatsReport(StatsRange Range, IReadOnlyList<TypeRow> Types, TypeFigures Total, IReadOnlyList<MonthRow> Months);
