using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Web;

/// <summary>One problem with one field of a form, CSV row or API body, in both languages.</summary>
public sealed record FieldError(string Field, LocalizedText Message);
