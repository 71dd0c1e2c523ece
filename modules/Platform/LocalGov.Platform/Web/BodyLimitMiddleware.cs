using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace LocalGov.Platform.Web;

/// <summary>
/// An endpoint's <c>[RequestSizeLimit]</c> (or <c>WithMetadata(new RequestSizeLimitAttribute(n))</c>) holds on the
/// bytes actually read, whatever the server, a chunked body or a false Content-Length: a body declared larger is
/// refused before it is read, and one that turns out larger stops with 413 (<see cref="MalformedRequests"/>) the
/// moment it passes the limit, so no handler parses more than it allows.
/// </summary>
internal sealed class BodyLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit)
        {
            if (context.Request.ContentLength > limit)
            {
                await Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, PlatformMessages.BodyTooLarge, "malformed-request");
                return;
            }
            context.Request.Body = new LimitedBodyStream(context.Request.Body, limit);
        }
        await next(context);
    }
}
