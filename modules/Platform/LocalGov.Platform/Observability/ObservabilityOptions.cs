namespace LocalGov.Platform.Observability;

/// <summary>Configuration section <c>Observability</c>: everything is off until an operator turns it on.</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Observability";

    public OtlpOptions Otlp { get; set; } = new();
    public PrometheusOptions Prometheus { get; set; } = new();
    public HealthOptions Health { get; set; } = new();

    /// <summary>
    /// Who may read the operators' endpoints (<c>/metrics</c>, <c>/health/detail</c>) without a token: addresses in
    /// these networks (CIDR). Empty: loopback only, so a scraper on the node itself needs nothing more. A list given
    /// replaces loopback (list it too to keep it). Left empty here, not defaulted: the configuration binder adds to a
    /// list it finds, so a default here could never be taken away.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>The networks in force: <see cref="AllowedNetworks"/>, or loopback when none are given.</summary>
    public IReadOnlyList<string> EffectiveNetworks => AllowedNetworks.Count > 0 ? AllowedNetworks : ["127.0.0.0/8", "::1/128"];

    /// <summary>When set, a caller from anywhere that sends <c>Authorization: Bearer {Token}</c> may read them too.</summary>
    public string? Token { get; set; }

    /// <summary>The service name traces and metrics carry (one per deployment; nodes are told apart by instance id).</summary>
    public string ServiceName { get; set; } = "LocalGov";

    /// <summary>True when some exporter wants the telemetry; otherwise none of it is collected at all.</summary>
    public bool Collecting => !string.IsNullOrWhiteSpace(Otlp.Endpoint) || Prometheus.Enabled;

    public sealed class OtlpOptions
    {
        /// <summary>The collector's address, e.g. <c>http://otel-collector:4317</c>; empty: no OTLP export.</summary>
        public string? Endpoint { get; set; }

        /// <summary><c>grpc</c> (port 4317, the default) or <c>http/protobuf</c> (port 4318).</summary>
        public string Protocol { get; set; } = "grpc";
    }

    public sealed class PrometheusOptions
    {
        /// <summary>Serves <c>/metrics</c> in Prometheus' text format to the callers <see cref="AllowedNetworks"/> and <see cref="Token"/> allow.</summary>
        public bool Enabled { get; set; }
    }

    public sealed class HealthOptions
    {
        /// <summary>How long one SMTP probe's answer is reused: a burst of probes knocks on the mail server once.</summary>
        public int SmtpCacheSeconds { get; set; } = 30;

        /// <summary>How long the SMTP probe waits for the server to connect and greet.</summary>
        public int SmtpTimeoutSeconds { get; set; } = 5;
    }
}
