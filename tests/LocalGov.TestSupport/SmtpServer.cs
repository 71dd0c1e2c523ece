using System.Diagnostics;
using MimeKit;

namespace LocalGov.TestSupport;

/// <summary>
/// A real SMTP server: Debian's python3-aiosmtpd storing every message it accepts, byte for byte as it came over
/// the wire, in a Maildir (<c>DIR/new/</c>), and noting each connection, sign-in and message in an event log.
/// With <see cref="SmtpServer(string, string)"/> it offers AUTH (PLAIN, LOGIN; without TLS) and refuses mail from
/// a client that has not signed in. A recipient starting with <c>refused</c> is refused (550) every time; a message
/// to one starting with <c>drop</c> has its connection cut at the end of DATA, the first time only.
/// test.sh installs it and sets LOCALGOV_TEST_PYTHON to Debian's interpreter.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    // Started with python3 -c; argv: host port maildir eventlog [user password].
    private const string Script = """
        import asyncio, mailbox, sys
        from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

        host, port, maildir, events = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
        user = sys.argv[5].encode() if len(sys.argv) > 6 else None
        password = sys.argv[6].encode() if len(sys.argv) > 6 else None
        box = mailbox.Maildir(maildir)

        def record(line):
            with open(events, "a", encoding="utf-8") as f:
                f.write(line + "\n")

        dropped = set()

        class Handler:
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address.startswith("refused"):  # a mailbox that does not exist, every time
                    record("refused " + address)
                    return "550 5.1.1 <" + address + ">: mailbox unavailable"
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, server, session, envelope):
                first = envelope.rcpt_tos[0]
                if first.startswith("drop") and first not in dropped:  # the line breaks mid-message, once per address
                    dropped.add(first)
                    record("dropped " + first)
                    server.transport.abort()
                    return "421 4.4.2 connection dropped"
                box.add(envelope.original_content or envelope.content)  # the bytes as sent, not re-serialised
                record("data " + ",".join(envelope.rcpt_tos))
                return "250 OK"

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login == user and auth_data.password == password
            login = auth_data.login.decode("utf-8", "replace") if isinstance(auth_data, LoginPassword) else "?"
            record(("auth " if ok else "auth-failed ") + mechanism + " " + login)
            return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

        class CountingSMTP(SMTP):
            def connection_made(self, transport):
                record("connect")
                super().connection_made(transport)

        def session():
            if user is None:
                return CountingSMTP(Handler())
            return CountingSMTP(Handler(), authenticator=authenticator, auth_required=True, auth_require_tls=False)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(loop.create_server(session, host, port))
        print("ready", flush=True)
        loop.run_forever()
        """;

    private readonly string? _user;
    private readonly string? _password;
    private Process? _process;

    public SmtpServer()
    {
        Port = Ports.Free();
        MailDirectory = Path.Combine(Path.GetTempPath(), "localgov-mail", Guid.NewGuid().ToString("N"));
        EventLog = MailDirectory + ".events";
    }

    /// <summary>A server that requires AUTH with this user name and password (offered without TLS, for the test only).</summary>
    public SmtpServer(string user, string password) : this()
    {
        _user = user;
        _password = password;
    }

    public int Port { get; }
    public string MailDirectory { get; }

    /// <summary>
/// One line per event, in order: <c>connect</c>, <c>auth PLAIN user</c>, <c>auth-failed LOGIN user</c>,
/// <c>data rcpt</c>, <c>refused rcpt</c>, <c>dropped rcpt</c>.
/// </summary>
    public string EventLog { get; }

    public IReadOnlyList<string> Events => File.Exists(EventLog) ? File.ReadAllLines(EventLog) : [];

    /// <summary>How many SMTP connections clients opened since the server started.</summary>
    public int Connections => Events.Count(e => e == "connect");

    /// <summary>Each message as a mail client reads it (MIME decoded), oldest first.</summary>
    public IReadOnlyList<MailText> Texts => [.. Files.Select(MailText.Load)];

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

    /// <summary>The raw messages, as sent.</summary>
    public IReadOnlyList<string> Messages => [.. Files.Select(File.ReadAllText)];

    private IEnumerable<string> Files =>
        Directory.Exists(Path.Combine(MailDirectory, "new"))
            ? Directory.GetFiles(Path.Combine(MailDirectory, "new")).Select(f => new FileInfo(f)).OrderBy(f => f.LastWriteTimeUtc).Select(f => f.FullName)
            : [];

    public async Task StartAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(MailDirectory)!);
        var python = Environment.GetEnvironmentVariable("LOCALGOV_TEST_PYTHON") is { Length: > 0 } p ? p : "/usr/bin/python3";
        var start = new ProcessStartInfo(python)
        {
            ArgumentList = { "-c", Script, "127.0.0.1", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), MailDirectory, EventLog },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        if (_user is not null)
        {
            start.ArgumentList.Add(_user);
            start.ArgumentList.Add(_password!);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {python} with aiosmtpd.");
        var ready = _process.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(15))) != ready || await ready != "ready")
        {
            if (_process.HasExited)
            {
                var error = await _process.StandardError.ReadToEndAsync();
                Dispose();
                throw new InvalidOperationException($"aiosmtpd exited: {error} — is python3-aiosmtpd installed? Run ./test.sh.");
            }
            Dispose();
            throw new TimeoutException($"aiosmtpd did not listen on port {Port} within 15 s.");
        }
        _process.ErrorDataReceived += (_, _) => { }; // keep draining stderr so a chatty server never blocks
        _process.BeginErrorReadLine();
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
