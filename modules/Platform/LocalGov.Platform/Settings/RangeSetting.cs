using System.Globalization;
using System.Numerics;
using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>A number from <see cref="Min"/> to <see cref="Max"/>, read with the invariant culture in the given styles.</summary>
public abstract class RangeSetting<T>(string name, LocalizedText displayName, T defaultValue, T min, T max, NumberStyles styles, bool tenantEditable)
    : Setting<T>(name, displayName, defaultValue, tenantEditable)
    where T : struct, INumber<T>
{
    public T Min { get; } = min;

    public T Max { get; } = max;

    public override bool TryParse(string? text, out T value) =>
        T.TryParse(text?.Trim(), styles, CultureInfo.InvariantCulture, out value) && value >= Min && value <= Max;

    public override string Format(T value) => value.ToString(null, CultureInfo.InvariantCulture);
}
