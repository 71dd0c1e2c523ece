namespace LocalGov.Platform.OpenData;

/// <summary>
/// Aggregates about too few cases identify people: a zone with one house tells the whole village whether that house
/// paid; a revenue head with one signboard tells its owner's tax. Open datasets therefore publish the money and
/// share figures of a group only when it counts at least <see cref="Minimum"/> cases, and leave them empty (null)
/// otherwise; the count itself stays.
/// </summary>
public static class SmallGroups
{
    public const int Minimum = 5;

    public static bool TooSmall(int count) => count is > 0 and < Minimum;

    /// <summary><paramref name="value"/>, or null when the group of <paramref name="count"/> cases is too small to show it.</summary>
    public static decimal? Guard(int count, decimal? value) => TooSmall(count) ? null : value;
}
