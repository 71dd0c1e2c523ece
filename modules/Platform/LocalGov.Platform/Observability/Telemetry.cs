using System.Diagnostics;

namespace LocalGov.Platform.Observability;

/// <summary>The names LocalGov's own traces and metrics are published under (what an exporter subscribes to).</summary>
public static class Telemetry
{
    public const string Name = "LocalGov";

    /// <summary>Spans around job runs and billing/assessment runs; free when no exporter listens.</summary>
    public static readonly ActivitySource Source = new(Name);
}
