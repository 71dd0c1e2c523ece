using Microsoft.Extensions.DependencyInjection;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Http;

namespace LocalGov.Platform.Features;

/// <summary>
/// Runs after routing: an endpoint whose feature is off for the current tenant answers 404, exactly as if the
/// module were not installed (OrchardCore's rule: a disabled feature is absent, not merely forbidden).
/// </summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IFeatureChecker features)
    {
        var endpoint = context.GetEndpoint();
        var required = endpoint?.Metadata.GetOrderedMetadata<RequiresFeatureAttribute>() ?? [];
        if (required.Count > 0 && endpoint!.Metadata.GetMetadata<AnswersWithoutTenantAttribute>() is not null &&
            context.RequestServices.GetRequiredService<MultiTenancy.ICurrentTenant>().Tenant is null)
        {
            required = []; // host level: no LAO's feature to check
        }
        foreach (var attribute in required)
        {
            if (!await features.IsEnabledAsync(attribute.Feature, context.RequestAborted))
            {
                await Problems.WriteAsync(context, StatusCodes.Status404NotFound, PlatformMessages.NotFound);
                return;
            }
        }

        await next(context);
    }
}
