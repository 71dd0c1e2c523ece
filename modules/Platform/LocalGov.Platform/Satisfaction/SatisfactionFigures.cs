namespace LocalGov.Platform.Satisfaction;

/// <summary>
/// The indicator as DGA counts it, for any group of answers: how many, how many 4 or 5, their sum. The share of
/// 4–5 and the mean are computed from those three counts only, so groups add up exactly (a province is the sum of
/// its LAOs' counts, never an average of their percentages).
/// </summary>
public sealed record SatisfactionFigures(int Answers, int Satisfied, int StarSum)
{
    public static SatisfactionFigures None { get; } = new(0, 0, 0);

    /// <summary>Share of answers of 4 or 5, in per cent; null without answers.</summary>
    public double? SharePercent => Answers == 0 ? null : 100.0 * Satisfied / Answers;

    /// <summary>The mean rating (1–5); null without answers.</summary>
    public double? Mean => Answers == 0 ? null : (double)StarSum / Answers;

    /// <summary>Below the 80 % target (false without answers: nothing to judge).</summary>
    public bool BelowTarget => SharePercent is { } share && share < SatisfactionScale.TargetPercent;

    public static SatisfactionFigures Of(IEnumerable<int> stars)
    {
        int answers = 0, satisfied = 0, sum = 0;
        foreach (var s in stars)
        {
            answers++;
            satisfied += s >= 4 ? 1 : 0;
            sum += s;
        }
        return new SatisfactionFigures(answers, satisfied, sum);
    }

    public static SatisfactionFigures operator +(SatisfactionFigures a, SatisfactionFigures b) =>
        new(a.Answers + b.Answers, a.Satisfied + b.Satisfied, a.StarSum + b.StarSum);

    public static SatisfactionFigures Sum(IEnumerable<SatisfactionFigures> figures) => figures.Aggregate(None, (a, b) => a + b);

    /// <summary>"86.7 %" (one decimal) or "-".</summary>
    public string ShareText => SharePercent is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %" : "-";

    /// <summary>"4.21" or "-".</summary>
    public string MeanText => Mean is { } m ? m.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "-";
}

/// <summary>One row of the stored aggregate: an LAO's answers of one service in one month.</summary>
public sealed record SatisfactionRow(Guid TenantId, string Module, string ServiceType, string ServiceTh, string ServiceEn, string Month,
    SatisfactionFigures Figures);
