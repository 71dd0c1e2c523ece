using Microsoft.AspNetCore.Http;

namespace LocalGov.Platform.Web;

/// <summary>
/// Runs after routing and before the rate limiter: on an endpoint marked with <see cref="ApiClientRateLimit"/>, asks
/// the module who the caller is, so the limiter's partitions (which cannot wait on a database) can count per client.
/// </summary>
internal sealed class ApiClientIdentificationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiClientRateLimit>() is { } limit &&
            await limit.Identify(context) is { Length: > 0 } client)
        {
            context.Items[ApiClientRateLimit.ItemKey] = client;
        }
        await next(context);
    }
}
