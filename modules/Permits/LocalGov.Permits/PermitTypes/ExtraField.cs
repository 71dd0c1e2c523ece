namespace LocalGov.Permits.PermitTypes;

/// <summary>How an extra form field is typed and checked.</summary>
public enum ExtraFieldKind
{
    Text,
    Number,
    Choice,
}

/// <summary>
/// A question a permit type asks beyond the common form (number of storeys, kind of business). Choices are the
/// allowed answers of a <see cref="ExtraFieldKind.Choice"/> field.
/// </summary>
public sealed record ExtraField(string Key, string LabelTh, string LabelEn, ExtraFieldKind Kind = ExtraFieldKind.Text,
    bool Required = false, IReadOnlyList<string>? Choices = null);
