namespace LocalGov.Benchmarks;

/// <summary>
/// One benchmark: <c>dotnet run -c Release --project tests/LocalGov.Benchmarks -- &lt;Name&gt; [--option value]…</c>.
/// It measures, then returns the figures that <see cref="BenchmarkRunner"/> prints as one line
/// <c>&lt;name&gt; key=value key=value …</c>.
/// </summary>
internal interface IScenario
{
    /// <summary>The name on the command line and at the start of the result line, e.g. <c>startup</c>.</summary>
    string Name { get; }

    /// <summary>One sentence: what is measured.</summary>
    string Description { get; }

    /// <summary>The options the scenario understands; any other option is refused before it runs.</summary>
    IReadOnlyList<ScenarioOption> Options { get; }

    /// <summary>Runs the scenario. Progress may go to <paramref name="log"/> (standard error); throw
    /// <see cref="BenchmarkException"/> with a clear message when the measurement cannot be made.</summary>
    Task<BenchmarkResult> RunAsync(ScenarioArguments arguments, TextWriter log, CancellationToken cancellationToken);
}

/// <summary>An option <c>--name value</c> with its default, shown by <c>--help</c>.</summary>
internal sealed record ScenarioOption(string Name, string Default, string Description);

/// <summary>A failure to report without a stack trace: the message says what went wrong.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
