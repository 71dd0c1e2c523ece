using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LocalGov.TestSupport;

/// <summary>
/// A real SMTP server: Debian's python3-aiosmtpd writing every message it accepts into a Maildir
/// (<c>DIR/new/</c>). test.sh installs it and sets LOCALGOV_TEST_PYTHON to Debian's interpreter.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private Process? _process;

    public SmtpServer()
    {
        Port = Ports.Free();
        MailDirectory = Path.Combine(Path.GetTempPath(), "localgov-mail", Guid.NewGuid().ToString("N"));
    }

    public int Port { get; }
    public string MailDirectory { get; }

    /// <summary>The text part of each message, decoded (base64 or quoted-printable, UTF-8).</summary>
    public IReadOnlyList<MailText> Texts => [.. Messages.Select(MailText.Parse)];

    /// <summary>Waits for a message to <paramref name="to"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public async Task<MailText> WaitForAsync(string to, string subjectPart, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var found = Texts.LastOrDefault(m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase)
                && m.Subject.Contains(subjectPart, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No mail to {to} with '{subjectPart}' within the time; got: {string.Join(" | ", Texts.Select(t => t.To + ": " + t.Subject))}");
    }

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
}
