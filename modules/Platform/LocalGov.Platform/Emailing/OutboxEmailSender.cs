using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Platform.Emailing;

internal sealed class OutboxEmailSender(
    LocalGovDbContext db,
    ICurrentTenant currentTenant,
    PlatformDefinitions definitions,
    TimeProvider clock) : IEmailSender
{
    public void Queue(string to, string subject, string textBody, string? htmlBody = null) => db.Add(Message(to, subject, textBody, htmlBody));

    public void QueueTemplate(string to, string templateName, string culture, IReadOnlyDictionary<string, string> values) =>
        db.Add(Compose(to, templateName, culture, values));

    public OutboxEmail Compose(string to, string templateName, string culture, IReadOnlyDictionary<string, string> values)
    {
        if (!definitions.EmailTemplates.TryGetValue(templateName, out var template))
        {
            throw new InvalidOperationException($"Email template '{templateName}' is not defined by any loaded module.");
        }
        var language = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "th";
        var text = template.Cultures[language];
        var subject = TemplateRenderer.Render(text.Subject, values, html: false);
        var body = TemplateRenderer.Render(text.Body, values, html: false);
        return Message(to, subject, body, null);
    }

    private OutboxEmail Message(string to, string subject, string textBody, string? htmlBody)
    {
        if (!EmailAddress.IsPlausible(to))
        {
            throw new ArgumentException($"'{to}' is not an email address.", nameof(to));
        }
        return new OutboxEmail(currentTenant.Id, to.Trim(), subject, htmlBody ?? TemplateRenderer.ToHtml(textBody), textBody,
            clock.GetUtcNow().UtcDateTime);
    }
}
