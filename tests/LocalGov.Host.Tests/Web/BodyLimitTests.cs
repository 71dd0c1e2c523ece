using System.Net;
using System.Text;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Tax;

namespace LocalGov.Host.Tests.Web;

/// <summary>
/// An endpoint's body limit holds on the bytes read: a chunked body (no Content-Length) larger than the tax
/// estimator's 16 KB stops with 413 instead of being parsed whole, as does one that declares its size.
/// </summary>
public abstract class BodyLimitTests(LocalGovHost host)
{
    /// <summary>A valid estimate, padded with a field the estimator ignores to <paramref name="bytes"/>.</summary>
    private static byte[] Estimate(int bytes)
    {
        const string head = "{\"taxYear\":2026,\"use\":\"other\",\"value\":1000000,\"ownerIsIndividual\":true,\"pad\":\"";
        return Encoding.UTF8.GetBytes(head + new string('x', Math.Max(0, bytes - head.Length - 2)) + "\"}");
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpContent content)
    {
        var world = await TaxWorld.CreateAsync(host);
        using var client = host.AnonymousClient();
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync($"/t/{world.Tenant.Code}/api/tax/land-building/estimate", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChunkedBody_OverTheLimit_Is413_NotParsedWhole()
    {
        var (status, body) = await PostAsync(new ChunkedContent(Estimate(100_000)));
        Assert.True(status == HttpStatusCode.RequestEntityTooLarge, $"{(int)status} {body}");
        Assert.Contains("larger, or has more fields, than this page accepts", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclaredBody_OverTheLimit_Is413()
    {
        var (status, body) = await PostAsync(new ByteArrayContent(Estimate(100_000)));
        Assert.True(status == HttpStatusCode.RequestEntityTooLarge, $"{(int)status} {body}");
    }

    [Fact]
    public async Task ChunkedBody_WithinTheLimit_IsEstimated()
    {
        var (status, body) = await PostAsync(new ChunkedContent(Estimate(10_000)));
        Assert.True(status == HttpStatusCode.OK, $"{(int)status} {body}");
    }

    /// <summary>A body sent without Content-Length, as chunked transfer encoding does.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += 4_096)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(4_096, bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBodyLimitTests(SqliteHost host) : BodyLimitTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBodyLimitTests(PostgresHost host) : BodyLimitTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlBodyLimitTests(MySqlHost host) : BodyLimitTests(host);
