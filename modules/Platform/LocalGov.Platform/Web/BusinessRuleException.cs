using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Web;

/// <summary>
/// A request that breaks a rule of the domain (an illegal transition, a value over the legal ceiling). Answered
/// as 400 problem details naming the field when there is one; nothing is saved.
/// </summary>
public class BusinessRuleException(LocalizedText message, string? field = null, int statusCode = 400)
    : Exception(message.En)
{
    public LocalizedText UserMessage { get; } = message;
    public string? Field { get; } = field;
    public int StatusCode { get; } = statusCode;
}
