using System.Globalization;

namespace LocalGov.Benchmarks;

/// <summary>The figures of one run, printed in order as <c>key=value</c> pairs (invariant culture).</summary>
internal sealed class BenchmarkResult
{
    private readonly List<KeyValuePair<string, string>> pairs = [];

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => pairs;

    public BenchmarkResult Add(string key, long value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    public BenchmarkResult Add(string key, int value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number with at most <paramref name="decimals"/> decimals (no exponent, no grouping).</summary>
    public BenchmarkResult Add(string key, double value, int decimals = 1) =>
        Add(key, Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture));

    public BenchmarkResult Add(string key, string value)
    {
        if (key.Length == 0 || key.Any(c => char.IsWhiteSpace(c) || c == '='))
        {
            throw new ArgumentException($"Bad result key '{key}'.", nameof(key));
        }

        if (value.Length == 0 || value.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"Result value for '{key}' must be non-empty without spaces: '{value}'.", nameof(value));
        }

        pairs.Add(new(key, value));
        return this;
    }

    public string ToLine(string scenario) =>
        pairs.Count == 0 ? scenario : scenario + " " + string.Join(' ', pairs.Select(p => p.Key + "=" + p.Value));
}
