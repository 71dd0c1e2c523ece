using Microsoft.AspNetCore.Http;

namespace LocalGov.Complaints.Open311;

/// <summary>Writes an <see cref="Open311Document"/> with its status and content type.</summary>
internal sealed class Open311Result(Open311Format format, Open311Document document, int status = StatusCodes.Status200OK) : IResult
{
    public int Status => status;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var body = document.ToBytes(format);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = Open311Formats.ContentType(format);
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
