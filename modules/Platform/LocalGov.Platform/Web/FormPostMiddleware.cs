using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalGov.Platform.Web;

/// <summary>
/// Runs after routing and authorization, before antiforgery and the page: a POST (PUT, PATCH, DELETE) to a Razor
/// page must be a web form that can be read. Any other content type (JSON, text, none) is 415; a form that is
/// malformed, cut off or over a limit is 400 or 413 (<see cref="MalformedRequests"/>). The form is read here, with
/// the page's own limits (routing applies its <c>[RequestFormLimits]</c> and <c>[RequestSizeLimit]</c>), so
/// antiforgery, model binding and the handler find it read and never meet a body they cannot parse.
/// </summary>
internal sealed class FormPostMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsPagePost(context))
        {
            await next(context);
            return;
        }
        if (!context.Request.HasFormContentType)
        {
            await Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, PlatformMessages.FormRequired, "unsupported-media-type");
            return;
        }
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (MalformedRequests.Classify(e) is { } answer)
        {
            await Problems.WriteAsync(context, answer.Status, answer.Message, "malformed-request");
            return;
        }
        catch (IOException) // a multipart body that ends before its closing boundary
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, PlatformMessages.BodyUnreadable, "malformed-request");
            return;
        }
        await next(context);
    }

    private static bool IsPagePost(HttpContext context)
    {
        var method = context.Request.Method;
        return !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null // the status page answering for this very request
            && context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null;
    }
}
