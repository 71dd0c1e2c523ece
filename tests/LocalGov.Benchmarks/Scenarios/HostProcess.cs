using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LocalGov.Benchmarks.Scenarios;

/// <summary>Which host build a process scenario starts: its dll, the content root it runs with, and how it was made.</summary>
internal sealed record HostBuild(string Dll, string ContentRoot, string Kind)
{
    public static readonly ScenarioOption HostOption =
        new("host", "published", "published: publish the host ReadyToRun for this platform first (untimed) and start that; build: start the build output");

    public static readonly ScenarioOption HostDllOption =
        new("host-dll", "(from --host)", "a host dll to start instead, with its folder as the content root");

    /// <summary>
    /// By default the host as an operator deploys it: published for this machine's platform with ReadyToRun code
    /// (<c>dotnet publish -c Release -r linux-x64</c>, see the operators' guide), published first, untimed, into
    /// <c>artifacts/bench-host</c>. <c>--host build</c>: the plain build output, as <c>dotnet run</c> starts it.
    /// </summary>
    public static async Task<HostBuild> ResolveAsync(ScenarioArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        string root = RepositoryLayout.FindRoot();
        string sourceRoot = Path.Combine(root, "host", "LocalGov.Host");
        if (arguments.GetString("host-dll") is { } givenDll)
        {
            var dll = Path.GetFullPath(givenDll);
            return Checked(new HostBuild(dll, Path.GetDirectoryName(dll)!, "given"));
        }
        return (arguments.GetString("host") ?? "published") switch
        {
            "published" => Checked(new HostBuild(await PublishAsync(root, log, cancellationToken), Path.Combine(root, "artifacts", "bench-host"), "published")),
            // the build output carries no wwwroot of its own: it runs against the source folder
            "build" => Checked(new HostBuild(
                Path.Combine(sourceRoot, "bin", RepositoryLayout.Configuration, "net10.0", "LocalGov.Host.dll"), sourceRoot, "build")),
            var other => throw new BenchmarkException($"--host is 'published' or 'build', not '{other}'."),
        };
    }

    private static HostBuild Checked(HostBuild build) => File.Exists(build.Dll)
        ? build
        : throw new BenchmarkException(
            $"The host is not built: {build.Dll} is missing. Build it with: dotnet build -c {RepositoryLayout.Configuration} host/LocalGov.Host");

    private static async Task<string> PublishAsync(string root, TextWriter log, CancellationToken cancellationToken)
    {
        string output = Path.Combine(root, "artifacts", "bench-host");
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        string rid = $"{os}-{System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        log.WriteLine($"publishing the host for {rid} (ReadyToRun) into {Path.GetRelativePath(root, output)} (not timed) ...");
        var publish = new ProcessStartInfo(RepositoryLayout.FindDotnet())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        foreach (var argument in new[]
        {
            "publish", Path.Combine("host", "LocalGov.Host"), "-c", "Release", "-r", rid, "--self-contained", "false",
            "-o", output, "-nologo", "-v:q", "-m:1",
        })
        {
            publish.ArgumentList.Add(argument);
        }
        using var process = Process.Start(publish)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BenchmarkException($"dotnet publish failed ({process.ExitCode}):{Environment.NewLine}{await stdout}{await stderr}");
        }
        return Path.Combine(output, "LocalGov.Host.dll");
    }
}

/// <summary>
/// The real host as a child process on a free loopback port, in a throw-away working folder, started with exactly the
/// environment a scenario gives (every ASPNETCORE_, DOTNET_URLS and <c>__</c> setting of the caller removed), and
/// ready when <c>GET /health/ready</c> answers 200.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly Process _process;
    private readonly StringBuilder _output;

    private HostProcess(Process process, StringBuilder output, DirectoryInfo directory, Uri baseAddress)
    {
        _process = process;
        _output = output;
        Directory = directory;
        BaseAddress = baseAddress;
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseAddress { get; }

    /// <summary>The process's working folder (a SQLite database may live here); deleted when the process is stopped.</summary>
    public DirectoryInfo Directory { get; }

    /// <summary>Milliseconds from starting the process to /health/ready = 200.</summary>
    public double ReadyMilliseconds { get; private set; }

    public static async Task<HostProcess> StartAsync(HostBuild build, Func<DirectoryInfo, IDictionary<string, string>> environment,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("localgov-host-");
        int port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var startInfo = new ProcessStartInfo(RepositoryLayout.FindDotnet())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = directory.FullName,
        };
        startInfo.ArgumentList.Add(build.Dll);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add($"http://127.0.0.1:{port}");
        startInfo.ArgumentList.Add("--contentRoot");
        startInfo.ArgumentList.Add(build.ContentRoot);
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
        foreach (var (key, value) in environment(directory))
        {
            startInfo.Environment[key] = value;
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Capture(output, e.Data);
        process.ErrorDataReceived += (_, e) => Capture(output, e.Data);
        var host = new HostProcess(process, output, directory, baseAddress);
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler
            {
                ConnectTimeout = TimeSpan.FromSeconds(2),
                PooledConnectionLifetime = TimeSpan.Zero,
                UseProxy = false,
            })
            {
                Timeout = TimeSpan.FromSeconds(10),
            };
            var readyUri = new Uri(baseAddress, "health/ready");
            var clock = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await IsReadyAsync(http, readyUri, cancellationToken))
                {
                    host.ReadyMilliseconds = clock.Elapsed.TotalMilliseconds;
                    return host;
                }
                if (process.HasExited)
                {
                    throw new BenchmarkException(
                        $"The host exited with code {process.ExitCode} before /health/ready answered 200. Its output:{Environment.NewLine}{host.Output}");
                }
                if (clock.Elapsed > timeout)
                {
                    throw new BenchmarkException(
                        $"The host did not answer 200 on {readyUri} within {timeout.TotalSeconds:F0} s. Its output:{Environment.NewLine}{host.Output}");
                }
                await Task.Delay(PollInterval, cancellationToken);
            }
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>What the process has written so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.Length == 0 ? "(nothing)" : _output.ToString();
            }
        }
    }

    /// <summary>The process's working set now, in MB (0 once it has exited).</summary>
    public double WorkingSetMegabytes()
    {
        try
        {
            _process.Refresh();
            return _process.HasExited ? 0 : _process.WorkingSet64 / (1024.0 * 1024.0);
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // never started, or already gone
        }
        _process.Dispose();
        DeleteDirectory(Directory);
        return ValueTask.CompletedTask;
    }

    private static void Capture(StringBuilder output, string? line)
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
