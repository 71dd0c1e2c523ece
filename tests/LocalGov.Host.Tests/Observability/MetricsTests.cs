using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Observability;

/// <summary>/metrics, as Prometheus scrapes it: requests, job runs, outbox depth and run progress, for operators only.</summary>
public sealed class MetricsTests(ObservedSqliteHost host) : IClassFixture<ObservedSqliteHost>
{
    [Fact]
    public async Task Scrape_AfterTraffic_HasRequestsJobRunsAndOutboxDepth()
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            using var _ = scope.ServiceProvider.GetRequiredService<LocalGov.Platform.MultiTenancy.ICurrentTenant>().Change(host.Alpha);
            var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
            sender.Queue("one@example.com", "metrics 1", "waiting");
            sender.Queue("two@example.com", "metrics 2", "waiting");
            sender.Queue("three@example.com", "metrics 3", "waiting");
            await db.SaveChangesAsync();
        }
        var visitor = host.ClientFrom("10.1.2.3");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/t/alpha/")).StatusCode);
        }

        var scraper = host.ClientFrom("127.0.0.1");
        var text = await Eventually.HoldsAsync(async () =>
        {
            var scraped = await scraper.GetStringAsync("/metrics");
            // the delivery job runs every second; the SMTP port is closed, so the three stay in the outbox
            Assert.True(Value(scraped, "localgov_jobs_runs_total", "job=\"email-delivery\"", "outcome=\"ok\"") >= 1, scraped);
            Assert.Equal(3, Value(scraped, "localgov_outbox_depth"));
            return scraped;
        }, TimeSpan.FromSeconds(20));

        Assert.True(Value(text, "http_server_request_duration_seconds_count", "http_response_status_code=\"200\"", "http_route=") >= 5, text);
        Assert.True(Value(text, "localgov_jobs_duration_seconds_count", "job=\"email-delivery\"") >= 1, text);
        Assert.Contains("localgov_jobs_duration_seconds_bucket{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrape_WhileARunWorks_ShowsItsProgress_AndForgetsItWhenItEnds()
    {
        var scraper = host.ClientFrom("127.0.0.1");
        using (var run = RunProgress.Begin("test.progress", Guid.CreateVersion7(), host.Alpha.Id))
        {
            run.Report(300, 1000);
            var during = await Eventually.HoldsAsync(async () =>
            {
                var scraped = await scraper.GetStringAsync("/metrics");
                Assert.Equal(300, Value(scraped, "localgov_runs_done", "kind=\"test.progress\""));
                return scraped;
            });
            Assert.Equal(1000, Value(during, "localgov_runs_total", "kind=\"test.progress\""));
            Assert.Equal(1, Value(during, "localgov_runs_active", "kind=\"test.progress\""));
        }
        await Eventually.HoldsAsync(async () =>
        {
            var scraped = await scraper.GetStringAsync("/metrics");
            Assert.DoesNotContain("kind=\"test.progress\"", scraped, StringComparison.Ordinal);
            return scraped;
        });
        Assert.Contains(host.Spans, s => s.Source.Name == Telemetry.Name && s.OperationName == "test.progress"
            && Equals(s.GetTagItem("localgov.run.done"), 300L) && Equals(s.GetTagItem("localgov.run.total"), 1000L));
    }

    [Fact]
    public async Task Spans_CoverRequestsAndJobRuns_ButNotProbes()
    {
        var visitor = host.ClientFrom("10.1.2.4");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/t/beta/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/health/ready")).StatusCode);
        await Eventually.HoldsAsync(() =>
        {
            lock (host.Spans)
            {
                Assert.Contains(host.Spans, s => s.Source.Name == Telemetry.Name && s.OperationName == "job email-delivery"
                    && (string?)s.GetTagItem("localgov.job.outcome") == "ok");
                Assert.Contains(host.Spans, s => s.Kind == System.Diagnostics.ActivityKind.Server && s.DisplayName.StartsWith("GET", StringComparison.Ordinal)
                    && (string?)s.GetTagItem("url.path") == "/t/beta/");
            }
            return Task.FromResult(true);
        });
        lock (host.Spans)
        {
            Assert.DoesNotContain(host.Spans, s => ((string?)s.GetTagItem("url.path"))?.StartsWith("/health", StringComparison.Ordinal) == true);
        }
    }

    [Theory]
    [InlineData("10.9.8.7", null, null, HttpStatusCode.Forbidden)] // not an allowed network, no token
    [InlineData("10.9.8.7", "wrong-token-wrong-token-wrong-token", null, HttpStatusCode.Forbidden)]
    [InlineData("10.9.8.7", ObservedSqliteHost.Token, null, HttpStatusCode.OK)] // anywhere, with the token
    [InlineData("127.0.0.1", null, null, HttpStatusCode.OK)] // loopback, the default allowed network
    [InlineData("::1", null, null, HttpStatusCode.OK)]
    [InlineData("127.0.0.1", null, "203.0.113.9", HttpStatusCode.Forbidden)] // through a proxy the host does not know
    public async Task OperatorEndpoints_AnswerOnlyAllowedCallers(string address, string? token, string? forwardedFor, HttpStatusCode expected)
    {
        var client = host.ClientFrom(address);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }
        foreach (var path in new[] { "/metrics", "/health/detail" })
        {
            var response = await client.GetAsync(path);
            // the detail answers 503 here (this host's SMTP port is closed): allowed, and telling the truth
            var status = path == "/health/detail" && response.StatusCode == HttpStatusCode.ServiceUnavailable ? HttpStatusCode.OK : response.StatusCode;
            Assert.True(expected == status, $"{path}: {response.StatusCode}");
            if (expected == HttpStatusCode.Forbidden)
            {
                Assert.DoesNotContain("localgov_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
        // the load balancer's probes stay open to all
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>The value of the first sample of <paramref name="metric"/> whose labels contain every one of <paramref name="labels"/>.</summary>
    internal static double Value(string scraped, string metric, params string[] labels)
    {
        foreach (var line in scraped.Split('\n'))
        {
            if (line.StartsWith(metric, StringComparison.Ordinal) && line.Length > metric.Length && line[metric.Length] is '{' or ' '
                && labels.All(l => line.Contains(l, StringComparison.Ordinal)))
            {
                var rest = line[metric.Length] == '{' ? line[(line.LastIndexOf('}') + 1)..] : line[metric.Length..];
                var value = rest.Trim().Split(' ')[0]; // a timestamp may follow the value
                return double.Parse(value, CultureInfo.InvariantCulture);
            }
        }
        throw new Xunit.Sdk.XunitException($"No sample of {metric} with {string.Join(", ", labels)} in:\n{scraped}");
    }
}
