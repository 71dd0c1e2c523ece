using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LocalGov.Browser.Tests.Infrastructure;

/// <summary>
/// The real host as a resident's browser meets it: a separate process on Kestrel, listening on loopback, on a
/// fresh SQLite database with the demo province and LAOs.
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataDirectory;

    private RunningHost(Process process, string baseUrl, string dataDirectory)
    {
        _process = process;
        BaseUrl = baseUrl;
        _dataDirectory = dataDirectory;
        process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    private const int ReadyWithinSeconds = 120;

    /// <summary>Where the host drops the mail it sends (Email:PickupDirectory), one .eml file per message.</summary>
    public string MailDirectory => Path.Combine(_dataDirectory, "mail");

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    /// <param name="port">the port to listen on (a free one when null): a test that must register the address elsewhere first picks it.</param>
    public static async Task<RunningHost> StartAsync(IDictionary<string, string>? settings = null, int? port = null)
    {
        port ??= LocalGov.TestSupport.Ports.Free();
        var baseUrl = $"http://127.0.0.1:{port}";
        var dataDirectory = Path.Combine(Path.GetTempPath(), "localgov-browser", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var hostDll = Path.Combine(AppContext.BaseDirectory, "LocalGov.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { hostDll, "--urls", baseUrl, "--contentRoot", HostContentRoot() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__LocalGov"] = $"Data Source={Path.Combine(dataDirectory, "localgov.db")}";
        start.Environment["ConnectionStrings__Jobs"] = $"Data Source={Path.Combine(dataDirectory, "jobs.db")}";
        start.Environment["Email__PickupDirectory"] = Path.Combine(dataDirectory, "mail");
        start.Environment["RateLimiting__AnonymousPermitsPerMinute"] = "10000";
        start.Environment["RateLimiting__PublicSubmitsPerHour"] = "10000";
        start.Environment["RateLimiting__LookupsPerHour"] = "10000";
        start.Environment["Site__PublicUrl"] = baseUrl;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var host = new RunningHost(process, baseUrl, dataDirectory);
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(ReadyWithinSeconds); // a fresh database with the demo data, on a busy 2-core machine
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode}:\n{host.Output}");
            }
            try
            {
                if ((await http.GetAsync($"{baseUrl}/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        await host.DisposeAsync();
        throw new TimeoutException($"The host was not ready within {ReadyWithinSeconds} s:\n{host.Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS temp cleaner
        }
    }

    /// <summary>host/LocalGov.Host in the checkout (wwwroot lives there).</summary>
    private static string HostContentRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LocalGov.sln")))
        {
            directory = directory.Parent;
        }
        return directory is null
            ? throw new InvalidOperationException("Could not find LocalGov.sln above the test output.")
            : Path.Combine(directory.FullName, "host", "LocalGov.Host");
    }
}
