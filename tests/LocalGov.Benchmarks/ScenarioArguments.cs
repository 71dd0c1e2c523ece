using System.Globalization;

namespace LocalGov.Benchmarks;

/// <summary>The <c>--name value</c> (or <c>--name=value</c>) options given after the scenario name.</summary>
internal sealed class ScenarioArguments
{
    private readonly Dictionary<string, string> values;

    private ScenarioArguments(Dictionary<string, string> values) => this.values = values;

    public static ScenarioArguments Parse(IReadOnlyList<string> args, IScenario scenario)
    {
        var known = scenario.Options.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new BenchmarkException($"Unexpected argument '{arg}'; options look like --name value.");
            }

            string name = arg[2..];
            string? value = null;
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }

            if (!known.ContainsKey(name))
            {
                string list = scenario.Options.Count == 0 ? "none" : string.Join(", ", scenario.Options.Select(o => "--" + o.Name));
                throw new BenchmarkException($"Scenario '{scenario.Name}' has no option --{name} (options: {list}).");
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new BenchmarkException($"Option --{name} needs a value.");
                }

                value = args[++i];
            }

            values[name] = value;
        }

        return new ScenarioArguments(values);
    }

    public string? GetString(string name) => values.TryGetValue(name, out var value) ? value : null;

    public int GetInt32(string name, int defaultValue, int minimum = 1)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        if (!int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            || value < minimum)
        {
            throw new BenchmarkException($"--{name} must be a whole number of at least {minimum}, not '{text}'.");
        }

        return value;
    }
}
