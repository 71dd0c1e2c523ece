using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LocalGov.Platform.Observability;

/// <summary>
/// Traces, metrics and health checks (ADR 0024). OpenTelemetry is set up only when an exporter is configured
/// (<c>Observability:Otlp:Endpoint</c> or <c>Observability:Prometheus:Enabled</c>): otherwise no measurement is
/// aggregated and a request costs what it cost before.
/// </summary>
public static class ObservabilitySetup
{
    public const string MetricsPath = "/metrics";
    public const string HealthDetailPath = "/health/detail";

    internal static IServiceCollection AddLocalGovObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ObservabilityOptions.Section);
        var o = section.Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        Validate(o);
        services.Configure<ObservabilityOptions>(section);
        services.AddSingleton<LocalGovMetrics>();
        services.AddSingleton<JobTelemetryListener>();
        services.AddSingleton<SmtpHealthCheck>();
        // not "ready": an SMTP outage only delays mail (the outbox keeps it), and a node whose scheduler is paused
        // still serves pages; taking nodes out of the load balancer for either would turn it into a site outage
        services.AddHealthChecks()
            .AddCheck<SmtpHealthCheck>("smtp", tags: ["dependency"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["dependency"]);
        if (!o.Collecting)
        {
            return services;
        }

        var otel = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(o.ServiceName));
        otel.WithTracing(tracing =>
        {
            tracing.AddAspNetCoreInstrumentation(a => a.Filter = ctx => !IsProbe(ctx.Request.Path));
            tracing.AddHttpClientInstrumentation();
            tracing.AddSource(Telemetry.Name);
            if (!string.IsNullOrWhiteSpace(o.Otlp.Endpoint))
            {
                tracing.AddOtlpExporter(x => Otlp(x, o.Otlp, "v1/traces"));
            }
        });
        otel.WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation();
            metrics.AddHttpClientInstrumentation();
            metrics.AddMeter(Telemetry.Name);
            // Only this host's meters. The SDK listens by meter name, process-wide, and keeps the first instrument of a
            // name: with two hosts in one process (the tests) the other host's instruments would stand in for ours.
            ((IDeferredMeterProviderBuilder)metrics).Configure((sp, builder) =>
            {
                var own = sp.GetRequiredService<IMeterFactory>();
                builder.AddView(i => i.Meter.Scope is IMeterFactory scope && !ReferenceEquals(scope, own) ? MetricStreamConfiguration.Drop : null);
            });
            if (!string.IsNullOrWhiteSpace(o.Otlp.Endpoint))
            {
                metrics.AddOtlpExporter(x => Otlp(x, o.Otlp, "v1/metrics"));
            }
            if (o.Prometheus.Enabled)
            {
                metrics.AddPrometheusExporter();
            }
        });
        return services;
    }

    /// <summary>Before the endpoints: refuses the operators' endpoints to callers <see cref="OperatorAccessMiddleware"/> does not allow.</summary>
    internal static void UseLocalGovOperatorAccess(this WebApplication app) => app.UseMiddleware<OperatorAccessMiddleware>();

    internal static void MapLocalGovObservability(this WebApplication app)
    {
        var o = app.Services.GetRequiredService<IOptions<ObservabilityOptions>>().Value;
        app.MapHealthChecks(HealthDetailPath, new HealthCheckOptions { ResponseWriter = WriteDetailAsync })
            .AllowAnonymous().WithMetadata(new OperatorOnlyAttribute());
        if (o.Collecting)
        {
            _ = app.Services.GetRequiredService<LocalGovMetrics>(); // its gauges exist before the first scrape or export
        }
        if (o.Prometheus.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous().WithMetadata(new OperatorOnlyAttribute());
        }
    }

    /// <summary>Paths a load balancer or scraper calls all the time: no span for each.</summary>
    internal static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsPath);

    private static void Otlp(OtlpExporterOptions exporter, ObservabilityOptions.OtlpOptions o, string signalPath)
    {
        var endpoint = o.Endpoint!.Trim();
        if (IsHttpProtobuf(o.Protocol))
        {
            // over HTTP each signal has its own path; the setting names the collector, as the OTEL_* variables do
            exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
            exporter.Endpoint = new Uri(endpoint.TrimEnd('/') + "/" + signalPath);
        }
        else
        {
            exporter.Protocol = OtlpExportProtocol.Grpc;
            exporter.Endpoint = new Uri(endpoint);
        }
    }

    private static bool IsHttpProtobuf(string protocol) =>
        protocol.Trim().Equals("http/protobuf", StringComparison.OrdinalIgnoreCase) || protocol.Trim().Equals("http", StringComparison.OrdinalIgnoreCase);

    /// <summary>A wrong setting stops start-up with a message that names it, never a silently open or closed endpoint.</summary>
    private static void Validate(ObservabilityOptions o)
    {
        if (!string.IsNullOrWhiteSpace(o.Otlp.Endpoint) && !Uri.TryCreate(o.Otlp.Endpoint.Trim(), UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"Observability:Otlp:Endpoint '{o.Otlp.Endpoint}' is not an absolute URL such as http://otel-collector:4317.");
        }
        if (!IsHttpProtobuf(o.Otlp.Protocol) && !o.Otlp.Protocol.Trim().Equals("grpc", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Observability:Otlp:Protocol '{o.Otlp.Protocol}' is neither grpc nor http/protobuf.");
        }
        foreach (var network in o.AllowedNetworks)
        {
            if (!IPNetwork.TryParse(network.Trim(), out _))
            {
                throw new InvalidOperationException($"Observability:AllowedNetworks has '{network}', which is not a network such as 10.0.0.0/8 or ::1/128.");
            }
        }
        if (o.Token is { Length: > 0 and < 32 })
        {
            throw new InvalidOperationException("Observability:Token is shorter than 32 characters; use a long random one (e.g. openssl rand -hex 32).");
        }
    }

    /// <summary>Every check with its status, description, duration and data: for operators (the endpoint is theirs only).</summary>
    private static async Task WriteDetailAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(); // written whole, then sent: the response allows no synchronous writes
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            json.WriteStartArray("tags");
            foreach (var tag in entry.Tags)
            {
                json.WriteStringValue(tag);
            }
            json.WriteEndArray();
            json.WriteStartObject("data");
            foreach (var (key, value) in entry.Data)
            {
                json.WritePropertyName(key);
                JsonSerializer.Serialize(json, value, value?.GetType() ?? typeof(object));
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }
}
