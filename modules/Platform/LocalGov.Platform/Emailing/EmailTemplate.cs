namespace LocalGov.Platform.Emailing;

/// <summary>
/// A message template with one version per culture ("th", "en"). Placeholders are written <c>{{name}}</c>;
/// values are HTML-encoded in the HTML body.
/// </summary>
public sealed record EmailTemplate(string Name, IReadOnlyDictionary<string, EmailTemplateText> Cultures);

public sealed record EmailTemplateText(string Subject, string Body);
