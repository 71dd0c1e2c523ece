using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Http;

namespace LocalGov.Platform.Web;

/// <summary>
/// What a request body that cannot be read is answered with, wherever it is read (a page's form, an API's form or
/// JSON): 413 for one over a limit (size, field count, key or value length), 400 for one that is malformed or cut
/// off. Never 500: the fault is the sender's, and nothing is saved.
/// </summary>
internal static class MalformedRequests
{
    /// <summary>The answer for an exception thrown while reading a body, or null when it is not such an exception.</summary>
    public static (int Status, LocalizedText Message)? Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, PlatformMessages.BodyTooLarge),
        // the server's or a minimal API's own words name the parameter or header at fault
        BadHttpRequestException bad => (bad.StatusCode, new LocalizedText("คำขอไม่ถูกต้อง: " + bad.Message, "Bad request: " + bad.Message)),
        // the form and multipart readers throw this for a broken body and, naming the limit, for one over a limit
        InvalidDataException data when data.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
            => (StatusCodes.Status413PayloadTooLarge, PlatformMessages.BodyTooLarge),
        InvalidDataException => (StatusCodes.Status400BadRequest, PlatformMessages.BodyUnreadable),
        _ => null,
    };
}
