using LocalGov.Thai;

namespace LocalGov.Platform.Timing;

/// <summary>
/// Stored times are UTC <see cref="DateTime"/>s (see docs/adr); this turns them into Thai dates and fiscal years
/// through LocalGov.Thai (Asia/Bangkok is UTC+7 all year).
/// </summary>
public static class BangkokTime
{
    public static DateTimeOffset AsInstant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateOnly Today(TimeProvider clock) => ThaiDate.InBangkok(clock.GetUtcNow());

    /// <summary>The Thai fiscal year (BE) of a UTC moment, counted on the Bangkok calendar date.</summary>
    public static int FiscalYearOf(DateTime utc) => ThaiFiscalYear.Of(AsInstant(utc)).BuddhistYear;
}
