using System.Globalization;
using LocalGov.Thai;

namespace LocalGov.Platform.Timing;

/// <summary>
/// Stored times are UTC <see cref="DateTime"/>s (see docs/adr); this turns them into Thai dates and fiscal years
/// through LocalGov.Thai (Asia/Bangkok is UTC+7 all year).
/// </summary>
public static class BangkokTime
{
    public static DateTimeOffset AsInstant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    /// <summary>A stored UTC time on the Bangkok clock (UTC+7).</summary>
    public static DateTimeOffset ToLocal(DateTime utc) => AsInstant(utc).ToOffset(ThaiDate.BangkokOffset);

    /// <summary>
    /// A stored UTC time as people read it: in Thai the Buddhist-Era date and "09:30 น.", in English
    /// "22 Nov 2026 09:30"; the long form spells the month out (mail). "-" for no time.
    /// </summary>
    public static string Format(DateTime? utc, bool thai, bool longDate = false)
    {
        if (utc is not { } value)
        {
            return "-";
        }
        var local = ToLocal(value);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return thai
            ? $"{(longDate ? ThaiDate.ToLongString(local) : ThaiDate.ToShortString(local))} {time} น."
            : $"{local.ToString(longDate ? "d MMMM yyyy" : "d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} {time}";
    }

    /// <summary>A date without a time: "22 พ.ย. 2569" / "22 Nov 2026", or with <paramref name="longDate"/> "22 พฤศจิกายน 2569" / "22 November 2026"; "-" for none.</summary>
    public static string Format(DateOnly? date, bool thai, bool longDate = false) => date is not { } d ? "-"
        : thai ? (longDate ? ThaiDate.ToLongString(d) : ThaiDate.ToShortString(d))
        : d.ToString(longDate ? "d MMMM yyyy" : "d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static DateOnly Today(TimeProvider clock) => ThaiDate.InBangkok(clock.GetUtcNow());

    /// <summary>The Bangkok calendar date of a UTC moment.</summary>
    public static DateOnly DateOf(DateTime utc) => ThaiDate.InBangkok(AsInstant(utc));

    /// <summary>The Thai fiscal year (BE) of a UTC moment, counted on the Bangkok calendar date.</summary>
    public static int FiscalYearOf(DateTime utc) => ThaiFiscalYear.Of(AsInstant(utc)).BuddhistYear;
}
