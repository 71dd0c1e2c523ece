using System.Net;
using System.Text.Json;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace LocalGov.Host.Tests.Observability;

/// <summary>
/// /health/detail reports each dependency (database, SMTP, scheduler) to operators; /health/ready keeps meaning
/// "this node can serve", whatever the mail server does.
/// </summary>
public sealed class HealthTests(HealthTests.Host host) : IClassFixture<HealthTests.Host>
{
    /// <summary>The observed host sending to a real SMTP server (aiosmtpd) that starts down; probes cached 2 s.</summary>
    public sealed class Host : ObservedSqliteHost
    {
        public SmtpServer Smtp { get; } = new();

        protected override int SmtpPort => Smtp.Port;

        protected override void Configure(IDictionary<string, string> settings)
        {
            base.Configure(settings);
            settings["Observability:Health:SmtpCacheSeconds"] = "2";
            settings["Email:PollSeconds"] = "3600"; // no delivery job knocking on the server: only the probes count
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Smtp.Dispose();
        }
    }

    [Fact]
    public async Task Smtp_IsUnhealthyWhileDown_HealthyOnceUp_AndABurstOfProbesConnectsOnce()
    {
        var operators = host.ClientFrom("127.0.0.1");
        var down = await Eventually.HoldsAsync(async () =>
        {
            var report = await DetailAsync(operators);
            Assert.Equal("Unhealthy", Check(report, "smtp").GetProperty("status").GetString());
            return report;
        });
        Assert.Contains("not reachable", Check(down, "smtp").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", Check(down, "database").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await operators.GetAsync("/health/ready")).StatusCode); // mail waits in the outbox

        await host.Smtp.StartAsync();
        await Eventually.HoldsAsync(async () =>
        {
            var report = await DetailAsync(operators);
            Assert.Equal("Healthy", Check(report, "smtp").GetProperty("status").GetString());
            return report;
        });

        await Task.Delay(TimeSpan.FromSeconds(2.5)); // the last answer has aged out: the burst needs a fresh probe
        var before = host.Smtp.Connections;
        var burst = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => DetailAsync(operators)));
        Assert.All(burst, r => Assert.Equal("Healthy", Check(r, "smtp").GetProperty("status").GetString()));
        Assert.Equal(1, host.Smtp.Connections - before);
    }

    [Fact]
    public async Task Scheduler_IsHealthyWhileRunning_UnhealthyInStandby()
    {
        var operators = host.ClientFrom("127.0.0.1");
        var running = Check(await DetailAsync(operators), "scheduler");
        Assert.Equal("Healthy", running.GetProperty("status").GetString());
        Assert.Equal("Running", running.GetProperty("data").GetProperty("status").GetString());

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();
        try
        {
            var paused = Check(await DetailAsync(operators), "scheduler");
            Assert.Equal("Unhealthy", paused.GetProperty("status").GetString());
            Assert.Contains("Standby", paused.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await operators.GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            await scheduler.Start();
        }
        Assert.Equal("Healthy", Check(await DetailAsync(operators), "scheduler").GetProperty("status").GetString());
    }

    private static async Task<JsonElement> DetailAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health/detail");
        var body = await response.Content.ReadAsStringAsync();
        // 503 when a check is unhealthy: the body says which
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement Check(JsonElement report, string name) => report.GetProperty("checks").GetProperty(name);
}

/// <summary>With nothing configured: no /metrics, and the detailed report is for operators only.</summary>
[Collection(SqliteCollection.Name)]
public sealed class ObservabilityOffTests(SqliteHost host)
{
    [Fact]
    public async Task Metrics_AreNotServed_AndTheDetailIsRefused_WhileProbesAnswer()
    {
        var client = host.AnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/health/detail")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
