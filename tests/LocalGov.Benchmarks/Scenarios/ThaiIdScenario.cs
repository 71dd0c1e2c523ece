using LocalGov.Thai;

namespace LocalGov.Benchmarks.Scenarios;

/// <summary><c>thai-id</c>: <see cref="ThaiNationalId.IsValid(string?)"/> over a fixed mix of valid and invalid IDs.</summary>
internal sealed class ThaiIdScenario : IScenario
{
    private const int DefaultIterations = 10_000_000;

    // Half valid (plain and grouped as people type them), half invalid in each way the check can fail.
    private static readonly string?[] Ids =
    [
        "1103702071544",
        "3101200123453",
        "5700100543213",
        "1-2345-67890-12-1",
        "8 0099 00000 11 6",
        "3509900120035",
        "1101400007779",
        "4100600004521",
        "1103702071545",        // wrong check digit
        "3101200123454",        // wrong check digit
        "1-2345-67890-12-2",    // wrong check digit, grouped
        "110370207154",         // 12 digits
        "11037020715441",       // 14 digits
        "11037O2071544",        // letter O for zero
        "",
        null,
    ];

    public string Name => "thai-id";

    public string Description => "ns and bytes per call of ThaiNationalId.IsValid over 16 valid and invalid IDs.";

    public IReadOnlyList<ScenarioOption> Options { get; } = MicroBenchmark.Options(DefaultIterations);

    public Task<BenchmarkResult> RunAsync(ScenarioArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var ids = Ids;
        var result = MicroBenchmark.Run(arguments, DefaultIterations, ids.Length, calls =>
        {
            long valid = 0;
            int j = 0;
            for (int i = 0; i < calls; i++)
            {
                if (ThaiNationalId.IsValid(ids[j]))
                {
                    valid++;
                }

                if (++j == ids.Length)
                {
                    j = 0;
                }
            }

            return valid;
        }, log, cancellationToken);
        return Task.FromResult(result);
    }
}
