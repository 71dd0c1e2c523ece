using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace LocalGov.Platform.Observability;

/// <summary>Marks an endpoint for operators only (<c>/metrics</c>, <c>/health/detail</c>): see <see cref="OperatorAccessMiddleware"/>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class OperatorOnlyAttribute : Attribute;

/// <summary>
/// Who may read the operators' endpoints: a caller in <see cref="ObservabilityOptions.AllowedNetworks"/> (loopback by
/// default), or one presenting <see cref="ObservabilityOptions.Token"/> as a bearer token. A request that still carries
/// <c>X-Forwarded-For</c> or <c>Forwarded</c> came through a proxy the host does not know (a known proxy's header is
/// consumed by the forwarded-headers step), so its address is the proxy's, not the caller's: it never counts as
/// local, and a reverse proxy on the same machine does not make <c>/metrics</c> public.
/// </summary>
internal sealed class OperatorAccessMiddleware(RequestDelegate next, IOptionsMonitor<ObservabilityOptions> options)
{
    private const string Refusal = "เฉพาะผู้ดูแลระบบจากเครือข่ายที่อนุญาต\nOnly for operators, from an allowed network or with the operators' token.\n";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<OperatorOnlyAttribute>() is null || Allows(context, options.CurrentValue))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Refusal, context.RequestAborted);
    }

    internal static bool Allows(HttpContext context, ObservabilityOptions o)
    {
        if (!string.IsNullOrEmpty(o.Token)
            && context.Request.Headers.Authorization.ToString() is { } header
            && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..].Trim()), Encoding.UTF8.GetBytes(o.Token)))
        {
            return true;
        }
        if (context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("Forwarded"))
        {
            return false;
        }
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return false;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return Networks(o).Any(n => n.Contains(address));
    }

    private static IEnumerable<IPNetwork> Networks(ObservabilityOptions o) =>
        o.EffectiveNetworks.Select(n => IPNetwork.TryParse(n.Trim(), out var network) ? network : (IPNetwork?)null)
            .Where(n => n is not null).Select(n => n!.Value);
}
