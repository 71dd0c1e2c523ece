using System.Diagnostics;
using LocalGov.Platform.Emailing;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LocalGov.Platform.Observability;

/// <summary>
/// The configured SMTP server greets us: connect (with TLS as configured) and EHLO, then QUIT, within a short
/// timeout. No sign-in and no message. One probe's answer is reused for <c>Observability:Health:SmtpCacheSeconds</c>
/// and probes asked for at once share one connection, so a burst of health requests knocks on the mail server once.
/// A singleton: the cache outlives the request.
/// </summary>
internal sealed class SmtpHealthCheck(IOptionsMonitor<EmailOptions> email, IOptionsMonitor<ObservabilityOptions> observability) : IHealthCheck
{
    private readonly Lock _lock = new();
    private Task<HealthCheckResult>? _probe;
    private long _probedAt;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var cacheFor = TimeSpan.FromSeconds(Math.Max(0, observability.CurrentValue.Health.SmtpCacheSeconds));
        lock (_lock)
        {
            // the cache age is load control, measured on the monotonic stopwatch rather than the host's clock
            if (_probe is null || (_probe.IsCompleted && Stopwatch.GetElapsedTime(_probedAt) >= cacheFor))
            {
                _probedAt = Stopwatch.GetTimestamp();
                _probe = ProbeAsync(); // not the caller's token: a caller that gives up must not cancel the others' probe
            }
            return _probe;
        }
    }

    private async Task<HealthCheckResult> ProbeAsync()
    {
        var o = email.CurrentValue;
        if (!string.IsNullOrEmpty(o.PickupDirectory))
        {
            return HealthCheckResult.Healthy($"Mail is written to the pickup directory {o.PickupDirectory}; no SMTP server is used.");
        }
        var data = new Dictionary<string, object> { ["server"] = $"{o.SmtpHost}:{o.SmtpPort}" };
        var timeout = TimeSpan.FromSeconds(Math.Max(1, observability.CurrentValue.Health.SmtpTimeoutSeconds));
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            // MailKit reads the greeting and sends EHLO (and STARTTLS when configured) as part of connecting
            await client.ConnectAsync(o.SmtpHost, o.SmtpPort, SmtpTransport.SocketOptions(o.EffectiveSecurity), deadline.Token);
            await client.DisconnectAsync(quit: true, deadline.Token);
            return HealthCheckResult.Healthy("The SMTP server greeted us.", data);
        }
        catch (Exception ex)
        {
            var why = ex is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0} s" : EmailDelivery.Describe(ex);
            return HealthCheckResult.Unhealthy($"The SMTP server {o.SmtpHost}:{o.SmtpPort} is not reachable: {why}", data: data);
        }
    }
}
