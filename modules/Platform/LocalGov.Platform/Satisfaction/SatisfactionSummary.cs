namespace LocalGov.Platform.Satisfaction;

/// <summary>A group's (an LAO's, a province's) figures over a period and per month.</summary>
public sealed record GroupFigures<TKey>(TKey Key, SatisfactionFigures Total, IReadOnlyList<(string Month, SatisfactionFigures Figures)> Months);

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
    public static IReadOnlyList<(Guid TenantId, SatisfactionFigures Figures)> RankLaos(IEnumerable<SatisfactionRow> rows, IReadOnlyList<Guid> tenantIds) =>
        [.. Rank(rows, tenantIds, id => id, []).Select(g => (g.Key, g.Total))];

    /// <summary>
    /// Per group of LAOs (a province: <paramref name="groupOf"/> maps each LAO to its group), the group's counts over
    /// the whole period and for each of <paramref name="months"/>; best first (share of 4–5, then mean), groups
    /// without answers last in the order given. A row of an LAO outside every group is left out.
    /// </summary>
    public static IReadOnlyList<GroupFigures<TKey>> Rank<TKey>(IEnumerable<SatisfactionRow> rows, IReadOnlyList<TKey> keys,
        Func<Guid, TKey?> groupOf, IReadOnlyList<string> months) where TKey : notnull
    {
        var byGroup = rows.Select(r => (Key: groupOf(r.TenantId), Row: r)).Where(x => x.Key is not null)
            .GroupBy(x => x.Key!, x => x.Row).ToDictionary(g => g.Key, g => g.ToList());
        return [.. keys.Select((key, order) => (key, order, rows: byGroup.GetValueOrDefault(key) ?? []))
            .Select(x => (x.order, figures: new GroupFigures<TKey>(x.key, Total(x.rows), ByMonth(x.rows, months))))
            .OrderBy(x => x.figures.Total.SharePercent is null ? 1 : 0)
            .ThenByDescending(x => x.figures.Total.SharePercent ?? 0).ThenByDescending(x => x.figures.Total.Mean ?? 0).ThenBy(x => x.order)
            .Select(x => x.figures)];
    }
}
