using System.Diagnostics;
using System.Text.Json;

namespace LocalGov.TestSupport;

/// <summary>
/// A real OpenID Connect provider on a free loopback port: panva's oidc-provider (OpenID-certified) run by node from
/// <c>tests/oidc-provider/provider.mjs</c>, with its own RSA key published at its JWKS endpoint, code flow with PKCE
/// required, and development login and consent pages on which any password is accepted for the
/// <see cref="Accounts"/> given. test.sh installs its npm package (<c>npm ci</c> in tests/oidc-provider).
/// </summary>
public sealed class OidcProvider : IDisposable
{
    private Process? _process;
    private readonly System.Text.StringBuilder _log = new();

    /// <param name="accounts">login name → claims released for it (e.g. pid, given_name, family_name).</param>
    /// <param name="forged">publish a different key under the signing key's id: every ID token's signature fails.</param>
    public OidcProvider(string clientId, string clientSecret, IReadOnlyList<string> redirectUris,
        IReadOnlyDictionary<string, Dictionary<string, string>> accounts, bool forged = false)
    {
        Port = Ports.Free();
        ClientId = clientId;
        ClientSecret = clientSecret;
        RedirectUris = redirectUris;
        Accounts = accounts;
        Forged = forged;
    }

    public int Port { get; }
    public string Issuer => $"http://127.0.0.1:{Port}";
    public string ClientId { get; }
    public string ClientSecret { get; }
    public IReadOnlyList<string> RedirectUris { get; }
    public IReadOnlyDictionary<string, Dictionary<string, string>> Accounts { get; }
    public bool Forged { get; }

    /// <summary>What the provider printed (its refusals: grant.error, authorization.error).</summary>
    public string Log { get { lock (_log) { return _log.ToString(); } } }

    public async Task StartAsync()
    {
        var script = Path.Combine(Repository(), "tests", "oidc-provider", "provider.mjs");
        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException("oidc-provider is not installed: run ./test.sh (or npm ci in tests/oidc-provider).");
        }
        var config = JsonSerializer.Serialize(new
        {
            port = Port,
            mode = Forged ? "forged" : "normal",
            clients = new[] { new { client_id = ClientId, client_secret = ClientSecret, redirect_uris = RedirectUris } },
            accounts = Accounts,
        });
        var node = Environment.GetEnvironmentVariable("LOCALGOV_TEST_NODE") is { Length: > 0 } n ? n : "node";
        var start = new ProcessStartInfo(node)
        {
            ArgumentList = { script, config },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {node}.");
        _process.OutputDataReceived += (_, e) =>
        {
            lock (_log) { _log.AppendLine(e.Data); }
            if (e.Data == "ready")
            {
                ready.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(30))) != ready.Task)
        {
            var exited = _process.HasExited;
            Dispose();
            throw new InvalidOperationException($"oidc-provider did not start on port {Port} (exited: {exited}): {Log}");
        }
    }

    /// <summary>The configuration keys that make a LocalGov host use this provider under <paramref name="name"/>.</summary>
    public Dictionary<string, string> HostSettings(string name, string th, string en)
    {
        var prefix = $"Authentication:OpenIdConnect:Providers:{name}:";
        return new Dictionary<string, string>
        {
            [prefix + "Issuer"] = Issuer,
            [prefix + "ClientId"] = ClientId,
            [prefix + "ClientSecret"] = ClientSecret,
            [prefix + "Scopes"] = "openid profile thai_id",
            [prefix + "NationalIdClaim"] = "pid",
            [prefix + "GivenNameClaim"] = "given_name",
            [prefix + "FamilyNameClaim"] = "family_name",
            [prefix + "DisplayNameTh"] = th,
            [prefix + "DisplayNameEn"] = en,
            [prefix + "RequireHttpsMetadata"] = "false", // a loopback provider for the tests only
        };
    }

    /// <summary>The checkout's root (the folder with LocalGov.sln).</summary>
    private static string Repository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LocalGov.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Could not find LocalGov.sln above the test output.");
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        _process = null;
    }
}
