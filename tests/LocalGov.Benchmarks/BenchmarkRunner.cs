namespace LocalGov.Benchmarks;

/// <summary>Picks the scenario named on the command line, runs it, and prints its one result line.</summary>
internal static class BenchmarkRunner
{
    public static async Task<int> RunAsync(IReadOnlyList<IScenario> scenarios, string[] args, TextWriter output, TextWriter log)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(scenarios, args.Length == 0 ? log : output);
            return args.Length == 0 ? 2 : 0;
        }

        var scenario = scenarios.FirstOrDefault(s => string.Equals(s.Name, args[0], StringComparison.Ordinal));
        if (scenario is null)
        {
            log.WriteLine($"Unknown scenario '{args[0]}'. Scenarios: {string.Join(", ", scenarios.Select(s => s.Name))}.");
            return 2;
        }

        if (args.Skip(1).Any(a => a is "-h" or "--help"))
        {
            PrintScenario(scenario, output);
            return 0;
        }

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var arguments = ScenarioArguments.Parse(args[1..], scenario);
            var result = await scenario.RunAsync(arguments, log, cancellation.Token);
            output.WriteLine(result.ToLine(scenario.Name));
            return 0;
        }
        catch (BenchmarkException ex)
        {
            log.WriteLine($"{scenario.Name}: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.WriteLine($"{scenario.Name}: cancelled.");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static void PrintUsage(IReadOnlyList<IScenario> scenarios, TextWriter writer)
    {
        writer.WriteLine("Usage: dotnet run -c Release --project tests/LocalGov.Benchmarks -- <scenario> [--option value]...");
        writer.WriteLine("Prints one line: <scenario> key=value key=value ...   (see docs/benchmarks.md)");
        writer.WriteLine();
        foreach (var scenario in scenarios)
        {
            PrintScenario(scenario, writer);
        }
    }

    private static void PrintScenario(IScenario scenario, TextWriter writer)
    {
        writer.WriteLine($"{scenario.Name}: {scenario.Description}");
        foreach (var option in scenario.Options)
        {
            writer.WriteLine($"    --{option.Name,-14} {option.Description} (default: {option.Default})");
        }
    }
}
