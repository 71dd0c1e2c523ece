using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocalGov.Platform.MultiTenancy;

/// <summary>
/// Sets the current tenant for the request, in the order of ARCHITECTURE.md: the signed-in staff user's tenant
/// claim, the host name (<c>{code}.{base domain}</c> or a mapped custom domain), a <c>/t/{code}</c> path prefix
/// (moved into PathBase, so module routes are written without it), the <c>X-Tenant</c> header, then module
/// contributors. A staff claim that disagrees with the requested tenant is 403, never a silent switch; an unknown
/// tenant is 404; a suspended one is 403 with a clear message and no data.
/// </summary>
internal sealed class TenantResolutionMiddleware(
    RequestDelegate next,
    IOptionsMonitor<MultiTenancyOptions> options,
    IEnumerable<ITenantResolveContributor> contributors)
{
    public const string HeaderName = "X-Tenant";

    public async Task InvokeAsync(HttpContext context, ITenantStore store, ICurrentTenant currentTenant)
    {
        var requested = await FindRequestedTenantAsync(context, store);
        if (requested.Status != Resolution.Ok)
        {
            await WriteFailureAsync(context, requested.Status);
            return;
        }

        var tenant = requested.Tenant;
        var claim = context.User.FindFirst(TenantClaimTypes.TenantId)?.Value;
        if (claim is not null)
        {
            if (!Guid.TryParse(claim, out var claimedId))
            {
                await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, PlatformMessages.TenantMismatch);
                return;
            }
            if (tenant is not null && tenant.Id != claimedId)
            {
                await context.RequestServices.GetRequiredService<Auditing.RefusalAudit>()
                    .RecordAsync(context, StatusCodes.Status403Forbidden, "tenant-mismatch", tenant.Id);
                await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, PlatformMessages.TenantMismatch, "tenant-mismatch");
                return;
            }
            tenant ??= await store.FindByIdAsync(claimedId, context.RequestAborted);
            if (tenant is null)
            {
                await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, PlatformMessages.TenantMismatch);
                return;
            }
        }

        if (tenant is { IsActive: false } && !context.Request.Path.StartsWithSegments("/health"))
        {
            context.Items[TenantItemKey] = tenant;
            await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, PlatformMessages.TenantSuspended, "tenant-suspended");
            return;
        }

        using (currentTenant.Change(tenant))
        {
            await next(context);
        }
    }

    /// <summary>The suspended tenant, for the status page to name it.</summary>
    public const string TenantItemKey = "LocalGov.SuspendedTenant";

    private async Task<(Resolution Status, TenantInfo? Tenant)> FindRequestedTenantAsync(HttpContext context, ITenantStore store)
    {
        TenantInfo? found = null;

        var host = context.Request.Host.Host.ToLowerInvariant();
        var baseDomain = options.CurrentValue.BaseDomain?.Trim().TrimStart('.').ToLowerInvariant();
        if (!string.IsNullOrEmpty(baseDomain) && host.EndsWith("." + baseDomain, StringComparison.Ordinal))
        {
            var code = host[..^(baseDomain.Length + 1)];
            found = await store.FindByCodeAsync(code, context.RequestAborted);
            if (found is null)
            {
                return (Resolution.Unknown, null);
            }
        }
        else if (host.Length > 0)
        {
            found = await store.FindByHostNameAsync(host, context.RequestAborted);
        }

        if (TryTakePathPrefix(context, out var pathCode))
        {
            var byPath = await store.FindByCodeAsync(pathCode, context.RequestAborted);
            if (byPath is null)
            {
                return (Resolution.Unknown, null);
            }
            if (found is not null && found.Id != byPath.Id)
            {
                return (Resolution.Conflicting, null);
            }
            found = byPath;
        }

        var header = context.Request.Headers[HeaderName].ToString();
        if (!string.IsNullOrWhiteSpace(header))
        {
            var byHeader = await store.FindByCodeAsync(header, context.RequestAborted);
            if (byHeader is null)
            {
                return (Resolution.Unknown, null);
            }
            if (found is not null && found.Id != byHeader.Id)
            {
                return (Resolution.Conflicting, null);
            }
            found = byHeader;
        }

        if (found is null)
        {
            foreach (var contributor in contributors)
            {
                var code = await contributor.FindTenantCodeAsync(context);
                if (string.IsNullOrWhiteSpace(code))
                {
                    continue;
                }
                found = await store.FindByCodeAsync(code, context.RequestAborted)
                    ?? await store.FindByHostNameAsync(code, context.RequestAborted);
                if (found is null)
                {
                    return (Resolution.Unknown, null);
                }
                break;
            }
        }

        return (Resolution.Ok, found);
    }

    /// <summary>Moves <c>/t/{code}</c> from Path to PathBase so links generated inside the tenant keep the prefix.</summary>
    private static bool TryTakePathPrefix(HttpContext context, out string code)
    {
        code = "";
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/t", out var rest) || !rest.HasValue || rest.Value!.Length < 2)
        {
            return false;
        }

        var value = rest.Value!;
        var end = value.IndexOf('/', 1);
        code = end < 0 ? value[1..] : value[1..end];
        var remainder = end < 0 ? "/" : value[end..];
        context.Request.PathBase = context.Request.PathBase.Add(new PathString("/t/" + code));
        context.Request.Path = new PathString(remainder);
        return code.Length > 0;
    }

    private static Task WriteFailureAsync(HttpContext context, Resolution status) => status switch
    {
        Resolution.Unknown => Problems.WriteAsync(context, StatusCodes.Status404NotFound, PlatformMessages.UnknownTenant, "unknown-tenant"),
        _ => Problems.WriteAsync(context, StatusCodes.Status400BadRequest, PlatformMessages.ConflictingTenants, "conflicting-tenants"),
    };

    private enum Resolution
    {
        Ok,
        Unknown,
        Conflicting,
    }
}
