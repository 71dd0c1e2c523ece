using LocalGov.Thai;

namespace LocalGov.Benchmarks.Scenarios;

/// <summary><c>baht-text</c>: <see cref="ThaiBahtText.ToText(decimal)"/> over a fixed set of amounts.</summary>
internal sealed class BahtTextScenario : IScenario
{
    private const int DefaultIterations = 2_000_000;

    // Receipt-like amounts plus the edge cases: zero, satang only, เอ็ด, ล้าน, negative, rounding, many digits.
    private static readonly decimal[] Amounts =
    [
        0m,
        0.50m,
        1m,
        11m,
        21.50m,
        101m,
        250m,
        1_500m,
        10_050m,
        12_345.60m,
        1_000_001m,
        1_234_567.89m,
        1_001_000_000m,
        -250.75m,
        0.125m,
        99_999_999_999.99m,
    ];

    public string Name => "baht-text";

    public string Description => "ns and bytes per call of ThaiBahtText.ToText over 16 amounts (zero to 10^11, negative, rounding).";

    public IReadOnlyList<ScenarioOption> Options { get; } = MicroBenchmark.Options(DefaultIterations);

    public Task<BenchmarkResult> RunAsync(ScenarioArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var amounts = Amounts;
        var result = MicroBenchmark.Run(arguments, DefaultIterations, amounts.Length, calls =>
        {
            long characters = 0;
            int j = 0;
            for (int i = 0; i < calls; i++)
            {
                characters += ThaiBahtText.ToText(amounts[j]).Length;
                if (++j == amounts.Length)
                {
                    j = 0;
                }
            }

            return characters;
        }, log, cancellationToken);
        return Task.FromResult(result);
    }
}
