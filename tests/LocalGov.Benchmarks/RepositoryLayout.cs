using System.Reflection;

namespace LocalGov.Benchmarks;

/// <summary>Where the repository and the host's build output are, seen from the running benchmarks.</summary>
internal static class RepositoryLayout
{
    /// <summary>The configuration this program was built in (Release under <c>dotnet run -c Release</c>).</summary>
    public static string Configuration { get; } =
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "LocalGov.Configuration")?.Value ?? "Release";

    /// <summary>The repository root: the nearest folder above this program holding <c>LocalGov.sln</c>.</summary>
    public static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LocalGov.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new BenchmarkException("Cannot find the repository (no LocalGov.sln above the program or the current directory).");
    }

    /// <summary>The <c>dotnet</c> executable that runs a framework-dependent app.</summary>
    public static string FindDotnet()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath)
        {
            candidates.Add(hostPath);
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root)
        {
            candidates.Add(Path.Combine(root, "dotnet"));
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            candidates.Add(Path.Combine(dir, "dotnet"));
        }

        candidates.Add("/usr/share/dotnet/dotnet");
        candidates.Add("/usr/lib/dotnet/dotnet");
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new BenchmarkException("Cannot find the dotnet executable (set DOTNET_ROOT or put dotnet on PATH).");
    }
}
