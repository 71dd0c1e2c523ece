using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LocalGov.Benchmarks.Scenarios;

/// <summary>
/// <c>startup</c>: wall-clock time from starting the real host process (<c>dotnet LocalGov.Host.dll</c>) to its
/// first <c>GET /health/ready</c> = 200, on a fresh SQLite database each run (so it includes creating the database,
/// applying every migration, Quartz's schema and the demo seed). Issue 2 sets the target: under 5 s.
/// </summary>
internal sealed class StartupScenario : IScenario
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public string Name => "startup";

    public string Description => "ms from starting the host process to /health/ready = 200 on a fresh SQLite database (demo seed on).";

    public IReadOnlyList<ScenarioOption> Options { get; } =
    [
        new("runs", "5", "host starts to time; each gets a fresh database"),
        new("timeout", "60", "seconds one start may take before the scenario fails"),
        new("host-dll", "host/LocalGov.Host/bin/<configuration>/net10.0/LocalGov.Host.dll", "the host build to start"),
    ];

    public async Task<BenchmarkResult> RunAsync(ScenarioArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        int runs = arguments.GetInt32("runs", 5);
        var timeout = TimeSpan.FromSeconds(arguments.GetInt32("timeout", 60));
        string root = RepositoryLayout.FindRoot();
        string contentRoot = Path.Combine(root, "host", "LocalGov.Host");
        string hostDll = Path.GetFullPath(arguments.GetString("host-dll")
            ?? Path.Combine(contentRoot, "bin", RepositoryLayout.Configuration, "net10.0", "LocalGov.Host.dll"));
        if (!File.Exists(hostDll))
        {
            throw new BenchmarkException(
                $"The host is not built: {hostDll} is missing. Build it with: dotnet build -c {RepositoryLayout.Configuration} host/LocalGov.Host");
        }

        string dotnet = RepositoryLayout.FindDotnet();
        log.WriteLine($"startup: {runs} runs of {dotnet} {Path.GetRelativePath(root, hostDll)}");

        using var http = new HttpClient(new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(2),
            PooledConnectionLifetime = TimeSpan.Zero,
            UseProxy = false,
        })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };

        var times = new double[runs];
        for (int run = 0; run < runs; run++)
        {
            times[run] = await TimeOneStartAsync(dotnet, hostDll, contentRoot, http, timeout, cancellationToken);
            log.WriteLine($"  run {run + 1}/{runs}: {times[run]:F0} ms");
        }

        var sorted = (double[])times.Clone();
        Array.Sort(sorted);
        return new BenchmarkResult()
            .Add("runs", runs)
            .Add("median_ms", MicroBenchmark.Median(sorted), decimals: 0)
            .Add("min_ms", sorted[0], decimals: 0)
            .Add("max_ms", sorted[^1], decimals: 0)
            .Add("first_ms", times[0], decimals: 0);
    }

    private static async Task<double> TimeOneStartAsync(
        string dotnet, string hostDll, string contentRoot, HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("localgov-startup-");
        int port = FreePort();
        var readyUri = new Uri($"http://127.0.0.1:{port}/health/ready");

        var startInfo = new ProcessStartInfo(dotnet)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = dataDirectory.FullName,
        };
        startInfo.ArgumentList.Add(hostDll);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add($"http://127.0.0.1:{port}");
        startInfo.ArgumentList.Add("--contentRoot");
        startInfo.ArgumentList.Add(contentRoot);

        // Whatever the caller's environment says, this is a production start on an empty SQLite database.
        foreach (var key in startInfo.Environment.Keys.ToList())
        {
            if (key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("DOTNET_URLS", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
                || key.Contains("__", StringComparison.Ordinal))
            {
                startInfo.Environment.Remove(key);
            }
        }

        string db = Path.Combine(dataDirectory.FullName, "localgov.db");
        string jobs = Path.Combine(dataDirectory.FullName, "jobs.db");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["Database__Provider"] = "Sqlite";
        startInfo.Environment["ConnectionStrings__LocalGov"] = $"Data Source={db}";
        startInfo.Environment["ConnectionStrings__Jobs"] = $"Data Source={jobs}";
        startInfo.Environment["Demo__Seed"] = "true";
        startInfo.Environment["Demo__AllowOutsideDevelopment"] = "true"; // the demo seed is part of what README command 1 does
        // Production refuses to start without a public address; the benchmark only probes /health/ready, which any host may ask
        startInfo.Environment["Site__PublicUrl"] = "https://eservice.example.go.th";
        startInfo.Environment["DataProtection__AllowUnprotectedKeys"] = "true"; // nor without sealed keys: a throwaway database

        var output = new StringBuilder();
        void Capture(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);

        try
        {
            var clock = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await IsReadyAsync(http, readyUri, cancellationToken))
                {
                    return clock.Elapsed.TotalMilliseconds;
                }

                if (process.HasExited)
                {
                    throw new BenchmarkException(
                        $"The host exited with code {process.ExitCode} before /health/ready answered 200. Its output:{Environment.NewLine}{Captured(output)}");
                }

                if (clock.Elapsed > timeout)
                {
                    throw new BenchmarkException(
                        $"The host did not answer 200 on {readyUri} within {timeout.TotalSeconds:F0} s. Its output:{Environment.NewLine}{Captured(output)}");
                }

                await Task.Delay(PollInterval, cancellationToken);
            }
        }
        finally
        {
            Stop(process);
            DeleteDirectory(dataDirectory);
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // listening but too slow to answer
        }
    }

    private static string Captured(StringBuilder output)
    {
        lock (output)
        {
            return output.Length == 0 ? "(nothing)" : output.ToString();
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
    }

    private static void DeleteDirectory(DirectoryInfo directory)
    {
        for (int attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                directory.Refresh();
                if (directory.Exists)
                {
                    directory.Delete(recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 4)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
