using System.Diagnostics;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace LocalGov.Host.Tests.Observability;

/// <summary>
/// The SQLite host with Prometheus on, an operators' token, callers told apart by address (<see cref="TestAddress"/>),
/// every span kept in memory, and mail due every second to an SMTP port nothing listens on (mail stays in the outbox).
/// </summary>
public class ObservedSqliteHost : SqliteHost
{
    public const string Token = "0123456789abcdef0123456789abcdef-operators";

    /// <summary>Every span the host ended, through OpenTelemetry's in-memory exporter.</summary>
    public List<Activity> Spans { get; } = [];

    protected virtual int SmtpPort { get; } = Ports.Free();

    protected override void Configure(IDictionary<string, string> settings)
    {
        base.Configure(settings);
        settings["Observability:Prometheus:Enabled"] = "true";
        settings["Observability:Token"] = Token;
        settings["Email:SmtpHost"] = "127.0.0.1";
        settings["Email:SmtpPort"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Email:PollSeconds"] = "1";
        settings["Email:SmtpTimeoutSeconds"] = "2";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestAddress>());
        builder.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
    }

    /// <summary>A client calling from <paramref name="address"/>.</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Add(TestAddress.Header, address);
        return client;
    }
}

