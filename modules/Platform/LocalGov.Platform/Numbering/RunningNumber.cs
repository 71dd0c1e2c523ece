using System.Globalization;

namespace LocalGov.Platform.Numbering;

/// <summary>A number from a sequence, printed like <c>CMP-2570-000123</c> (prefix, fiscal year in BE, six digits).</summary>
public sealed record RunningNumber(string Sequence, int FiscalYear, long Value)
{
    public string Formatted => string.Create(CultureInfo.InvariantCulture, $"{Sequence}-{FiscalYear}-{Value:D6}");

    public override string ToString() => Formatted;
}
