namespace LocalGov.Platform.Satisfaction;

/// <summary>One service's figures over a period, for "which services pull it down".</summary>
public sealed record ServiceFigures(string Module, string ServiceType, string ServiceTh, string ServiceEn, SatisfactionFigures Figures);

/// <summary>
/// The sums every page makes of <see cref="SatisfactionRow"/>s: per month, per service, per LAO. Counts are added,
/// never percentages, so the LAO's figure, its services' and its province's agree with the stored answers.
/// </summary>
public static class SatisfactionSummary
{
    /// <summary>The last 12 months up to the current one: the period the home page, the console and the staff page judge.</summary>
    public static (string From, string To) Last12Months(ISatisfactionIndicator indicator)
    {
        var months = SatisfactionMonth.Last12(indicator.CurrentMonth);
        return (months[0], months[^1]);
    }

    public static SatisfactionFigures Total(IEnumerable<SatisfactionRow> rows) => SatisfactionFigures.Sum(rows.Select(r => r.Figures));

    /// <summary>Each month of <paramref name="months"/>, with nothing for a month without answers.</summary>
    public static IReadOnlyList<(string Month, SatisfactionFigures Figures)> ByMonth(IEnumerable<SatisfactionRow> rows, IReadOnlyList<string> months)
    {
        var byMonth = rows.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => Total(g), StringComparer.Ordinal);
        return [.. months.Select(m => (m, byMonth.GetValueOrDefault(m) ?? SatisfactionFigures.None))];
    }

    /// <summary>Per service, the weakest first (lowest share of 4–5, then the most answers): what pulls the figure down.</summary>
    public static IReadOnlyList<ServiceFigures> ByService(IEnumerable<SatisfactionRow> rows) =>
        [.. rows.GroupBy(r => (r.Module, r.ServiceType))
            .Select(g => new ServiceFigures(g.Key.Module, g.Key.ServiceType, g.Last().ServiceTh, g.Last().ServiceEn, Total(g)))
            .OrderBy(s => s.Figures.SharePercent ?? double.MaxValue).ThenByDescending(s => s.Figures.Answers).ThenBy(s => s.ServiceType, StringComparer.Ordinal)];

    /// <summary>Per LAO of <paramref name="tenantIds"/>, best first; LAOs without answers last, in the order given.</summary>
    public static IReadOnlyList<(Guid TenantId, SatisfactionFigures Figures)> RankLaos(IEnumerable<SatisfactionRow> rows, IReadOnlyList<Guid> tenantIds)
    {
        var byLao = rows.GroupBy(r => r.TenantId).ToDictionary(g => g.Key, g => Total(g));
        return [.. tenantIds.Select((id, order) => (id, order, figures: byLao.GetValueOrDefault(id) ?? SatisfactionFigures.None))
            .OrderBy(x => x.figures.SharePercent is null ? 1 : 0)
            .ThenByDescending(x => x.figures.SharePercent ?? 0).ThenByDescending(x => x.figures.Mean ?? 0).ThenBy(x => x.order)
            .Select(x => (x.id, x.figures))];
    }
}
