using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>
/// A real SMTP server: Debian's python3-aiosmtpd writing every message it accepts into a Maildir
/// (<c>DIR/new/</c>). test.sh installs it and sets LOCALGOV_TEST_PYTHON to Debian's interpreter.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private Process? _process;

    public SmtpServer()
    {
        Port = FreePort();
        MailDirectory = Path.Combine(Path.GetTempPath(), "localgov-mail", Guid.NewGuid().ToString("N"));
    }

    public int Port { get; }
    public string MailDirectory { get; }

    public IReadOnlyList<string> Messages =>
        Directory.Exists(Path.Combine(MailDirectory, "new"))
            ? [.. Directory.GetFiles(Path.Combine(MailDirectory, "new")).Select(File.ReadAllText)]
            : [];

    public async Task StartAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(MailDirectory)!);
        var python = Environment.GetEnvironmentVariable("LOCALGOV_TEST_PYTHON") is { Length: > 0 } p ? p : "/usr/bin/python3";
        var start = new ProcessStartInfo(python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MailDirectory },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {python} -m aiosmtpd.");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"aiosmtpd exited ({_process.ExitCode}): {await _process.StandardError.ReadToEndAsync()} — is python3-aiosmtpd installed? Run ./test.sh.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"aiosmtpd did not listen on port {Port} within 15 s.");
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
