namespace LocalGov.Platform.Emailing;

public sealed class EmailTemplateContext
{
    internal Dictionary<string, EmailTemplate> Templates { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a template in Thai and English. The body is plain text with <c>{{placeholders}}</c>; the HTML part is derived from it.</summary>
    public EmailTemplateContext Add(string name, EmailTemplateText thai, EmailTemplateText english)
    {
        var template = new EmailTemplate(name, new Dictionary<string, EmailTemplateText> { ["th"] = thai, ["en"] = english });
        if (!Templates.TryAdd(name, template))
        {
            throw new InvalidOperationException($"Email template '{name}' is defined twice.");
        }
        return this;
    }
}
