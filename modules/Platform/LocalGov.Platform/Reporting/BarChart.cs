using System.Globalization;

namespace LocalGov.Platform.Reporting;

/// <summary>One coloured set of bars: its name in the legend, the CSS class that colours it, a value per column.</summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<double?> Values);

/// <summary>A bar, its attributes already written with the invariant culture (SVG wants "12.5", whatever the UI language).</summary>
public sealed record ChartBar(string X, string Y, string Width, string Height, string CssClass, string Title);

public sealed record ChartLabel(string X, string Y, string Text);

/// <summary>A horizontal target line across the plot (the 80 % satisfaction target), with its label.</summary>
public sealed record ChartTarget(string Y, string LabelX, string LabelY, string Text);

/// <summary>
/// The geometry of a grouped bar chart drawn as inline SVG on the server by the shared <c>_BarChart</c> partial
/// (host Pages/Shared): no chart library, no script, nothing inline for the content security policy to refuse
/// (colours come from CSS classes). The caption is the chart's accessible name; the page puts a table with the
/// same figures beside it for screen readers and for reading exact values.
/// </summary>
public sealed record BarChart(int Width, int Height, int PlotLeft, int PlotRight, IReadOnlyList<ChartLabel> Grid,
    IReadOnlyList<ChartBar> Bars, IReadOnlyList<ChartLabel> Columns, IReadOnlyList<ChartSeries> Series, string Caption)
{
    /// <summary>A target line drawn over the bars, or null.</summary>
    public ChartTarget? Target { get; init; }

    private const int W = 720, H = 240, Left = 60, Right = 8, Top = 12, Bottom = 28;
    private const int GridLines = 4;

    /// <param name="columns">One label per group (a month, a zone).</param>
    /// <param name="series">One value per column each; null draws nothing.</param>
    /// <param name="max">The top of the scale (100 for percentages); by default a round number above the largest value.</param>
    /// <param name="unit">Appended to the scale labels and bar titles, e.g. "%".</param>
    /// <param name="caption">What the chart shows, read out by screen readers as its name.</param>
    public static BarChart Build(IReadOnlyList<string> columns, IReadOnlyList<ChartSeries> series, double? max = null, string unit = "",
        string caption = "", double? target = null, string? targetLabel = null)
    {
        var top = max ?? NiceMax(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max(v => v ?? 0));
        double plotWidth = W - Left - Right, plotHeight = H - Top - Bottom;
        var group = plotWidth / Math.Max(1, columns.Count);
        var bar = group * 0.76 / Math.Max(1, series.Count);
        var bars = new List<ChartBar>();
        var labels = new List<ChartLabel>();
        for (var i = 0; i < columns.Count; i++)
        {
            var x0 = Left + (i * group) + (group * 0.12);
            labels.Add(new ChartLabel(F(Left + (i * group) + (group / 2)), F(H - 8), columns[i]));
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values[i] is not { } value)
                {
                    continue;
                }
                var height = Math.Clamp(value / top, 0, 1) * plotHeight;
                bars.Add(new ChartBar(F(x0 + (s * bar)), F(Top + plotHeight - height), F(bar), F(height), series[s].CssClass,
                    $"{columns[i]}: {series[s].Name} {Label(value)}{unit}"));
            }
        }
        var grid = Enumerable.Range(0, GridLines + 1)
            .Select(g => new ChartLabel(F(Left - 6), F(Top + plotHeight - (plotHeight * g / GridLines)), Label(top * g / GridLines) + unit))
            .ToList();
        ChartTarget? line = target is { } t
            ? new ChartTarget(F(Top + plotHeight - (Math.Clamp(t / top, 0, 1) * plotHeight)), F(W - Right - 4), F(Top + plotHeight - (Math.Clamp(t / top, 0, 1) * plotHeight) - 4),
                targetLabel ?? Label(t) + unit)
            : null;
        return new BarChart(W, H, Left, W - Right, grid, bars, labels, series, caption) { Target = line };
    }

    /// <summary>A scale top of 4 × (1, 2 or 5 × 10ⁿ), at least 4: counts get whole-number grid lines.</summary>
    internal static double NiceMax(double largest)
    {
        var step = Math.Max(1, largest / GridLines);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(step)));
        var nice = step / magnitude is var r && r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10;
        return nice * magnitude * GridLines;
    }

    /// <summary>An SVG coordinate: one decimal at most, invariant culture.</summary>
    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A value people read ("12,500", "77.8"), the same in Thai and English.</summary>
    private static string Label(double value) => Math.Round(value, 1).ToString("#,0.#", CultureInfo.InvariantCulture);
}
