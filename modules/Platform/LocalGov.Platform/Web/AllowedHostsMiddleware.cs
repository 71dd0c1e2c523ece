using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Http;

namespace LocalGov.Platform.Web;

/// <summary>
/// Answers 400 to a request whose Host header names none of this site's hosts (<see cref="AllowedHosts"/>), before
/// anything can build a redirect or link from it. Health probes (<c>/health/</c>) and the metrics scrape (<c>/metrics</c>)
/// pass whatever their Host, as a load balancer or scraper calling a node by address needs; they build no links.
/// </summary>
internal sealed class AllowedHostsMiddleware(RequestDelegate next, AllowedHosts allowed, ITenantStore tenants)
{
    private const string Refusal = "ที่อยู่เว็บ (Host) นี้ไม่ใช่ของระบบนี้\nThis site does not answer to that host name.\n";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!allowed.Filtering || Observability.ObservabilitySetup.IsProbe(context.Request.Path)
            || await allowed.AllowsAsync(context.Request.Host.Host, tenants, context.RequestAborted))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Refusal, context.RequestAborted);
    }

}
