using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace LocalGov.Benchmarks;

/// <summary>
/// A small in-process measurement for fast library calls: warm up until the JIT has settled (tiered compilation
/// and dynamic PGO), then time a loop of <c>iterations</c> calls several times and count the bytes the thread
/// allocated (<see cref="GC.GetAllocatedBytesForCurrentThread"/>). Not BenchmarkDotNet (not in the registry), but
/// good to a few nanoseconds for calls that take tens of nanoseconds or more.
/// </summary>
internal static class MicroBenchmark
{
    /// <summary>Options every micro-benchmark scenario understands.</summary>
    public static ScenarioOption[] Options(int defaultIterations) =>
    [
        new("iterations", defaultIterations.ToString(System.Globalization.CultureInfo.InvariantCulture), "calls per measured round"),
        new("rounds", "5", "measured rounds; ns_per_call is their median"),
    ];

    /// <summary>
    /// Measures <paramref name="loop"/>, which must make exactly the number of calls it is given and return a
    /// value depending on their results (so that the JIT cannot drop them).
    /// </summary>
    public static BenchmarkResult Run(ScenarioArguments arguments, int defaultIterations, int inputs, Func<int, long> loop, TextWriter log, CancellationToken cancellationToken)
    {
        int iterations = arguments.GetInt32("iterations", defaultIterations);
        int rounds = arguments.GetInt32("rounds", 5);
        long checksum = 0;

        // Warm-up: at least half a second and ten batches, so that the measured code runs at tier 1.
        int warmupBatch = Math.Max(1_000, Math.Min(iterations / 20, 100_000));
        var warmup = Stopwatch.StartNew();
        for (int batch = 0; batch < 10 || warmup.ElapsedMilliseconds < 500; batch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            checksum += loop(warmupBatch);
        }

        var nsPerCall = new double[rounds];
        long totalBytes = 0;
        for (int round = 0; round < rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            checksum += loop(iterations);
            long end = Stopwatch.GetTimestamp();
            long bytesAfter = GC.GetAllocatedBytesForCurrentThread();
            totalBytes += bytesAfter - bytesBefore;
            nsPerCall[round] = (end - start) * (1_000_000_000.0 / Stopwatch.Frequency) / iterations;
            log.WriteLine($"  round {round + 1}/{rounds}: {nsPerCall[round]:F1} ns per call");
        }

        Consume(checksum);
        Array.Sort(nsPerCall);
        return new BenchmarkResult()
            .Add("iterations", iterations)
            .Add("rounds", rounds)
            .Add("inputs", inputs)
            .Add("ns_per_call", Median(nsPerCall))
            .Add("min_ns_per_call", nsPerCall[0])
            .Add("max_ns_per_call", nsPerCall[^1])
            .Add("bytes_per_call", (double)totalBytes / ((long)iterations * rounds));
    }

    /// <summary>The median of sorted values.</summary>
    public static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Consume(long value) => GC.KeepAlive(value);
}
