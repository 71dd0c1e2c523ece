using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>
/// Free text of at most <see cref="MaxLength"/> characters, optionally with a rule of its own (a map point, a
/// month-day); empty text reads as the default.
/// </summary>
public sealed class TextSetting(string name, LocalizedText displayName, string? defaultValue, int maxLength = 500,
    Func<string, bool>? accepts = null, LocalizedText? rule = null, bool tenantEditable = true)
    : Setting<string?>(name, displayName, defaultValue, tenantEditable)
{
    public int MaxLength { get; } = maxLength;

    public override LocalizedText Rule => rule ?? new($"ยาวได้ไม่เกิน {MaxLength} ตัวอักษร", $"At most {MaxLength} characters.");

    public override bool TryParse(string? text, out string? value)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            value = Default;
            return true;
        }
        value = trimmed;
        return trimmed.Length <= MaxLength && (accepts is null || accepts(trimmed));
    }

    public override string? Format(string? value) => value;
}
