using System.Globalization;

namespace LocalGov.Thai;

/// <summary>
/// A Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Buddhist-Era year in
/// which it ends. 1 Oct 2026 – 30 Sep 2027 is fiscal year 2570 (Budget Procedure Act B.E. 2561, s. 4; DOMAIN.md).
/// </summary>
public readonly record struct ThaiFiscalYear : IComparable<ThaiFiscalYear>
{
    /// <summary>The first fiscal year whose days <see cref="DateOnly"/> can hold (1 Oct 1 CE – 30 Sep 2 CE).</summary>
    public const int MinBuddhistYear = 2 + ThaiDate.BuddhistEraOffset;

    /// <summary>The last fiscal year whose days <see cref="DateOnly"/> can hold (ends 30 Sep 9999 CE).</summary>
    public const int MaxBuddhistYear = 9999 + ThaiDate.BuddhistEraOffset;

    /// <summary>The fiscal year named by a Buddhist-Era year.</summary>
    /// <param name="buddhistYear">The BE year in which the fiscal year ends, e.g. 2570.</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside <see cref="MinBuddhistYear"/>..<see cref="MaxBuddhistYear"/>.</exception>
    public ThaiFiscalYear(int buddhistYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(buddhistYear, MinBuddhistYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(buddhistYear, MaxBuddhistYear);
        BuddhistYear = buddhistYear;
    }

    /// <summary>The fiscal year's name: the BE year in which it ends, e.g. 2570.</summary>
    public int BuddhistYear { get; }

    /// <summary>The first day: 1 October of the previous year.</summary>
    public DateOnly FirstDay => new(ThaiDate.ToGregorianYear(BuddhistYear) - 1, 10, 1);

    /// <summary>The last day: 30 September.</summary>
    public DateOnly LastDay => new(ThaiDate.ToGregorianYear(BuddhistYear), 9, 30);

    /// <summary>The fiscal year that contains <paramref name="date"/>: October–December belong to the next year's.</summary>
    /// <param name="date">Any date from 1 October 1 CE to 30 September 9999 CE.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date's fiscal year is outside <see cref="MinBuddhistYear"/>..<see cref="MaxBuddhistYear"/>.</exception>
    public static ThaiFiscalYear Of(DateOnly date)
    {
        int buddhistYear = ThaiDate.ToBuddhistYear(date.Month >= 10 ? date.Year + 1 : date.Year);
        if (buddhistYear is < MinBuddhistYear or > MaxBuddhistYear)
        {
            string day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            throw new ArgumentOutOfRangeException(
                nameof(date),
                day,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{day} is in fiscal year {buddhistYear}, which starts or ends outside the dates DateOnly can hold; pass a date from 1 October 1 CE to 30 September 9999 CE."));
        }

        return new ThaiFiscalYear(buddhistYear);
    }

    /// <summary>The fiscal year that contains the instant as dated in Thailand (UTC+7).</summary>
    /// <param name="instant">Any instant, in any offset.</param>
    public static ThaiFiscalYear Of(DateTimeOffset instant) => Of(ThaiDate.InBangkok(instant));

    /// <summary>True if <paramref name="date"/> falls within this fiscal year.</summary>
    /// <param name="date">The date to test.</param>
    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>The following fiscal year.</summary>
    public ThaiFiscalYear Next() => new(BuddhistYear + 1);

    /// <summary>The preceding fiscal year.</summary>
    public ThaiFiscalYear Previous() => new(BuddhistYear - 1);

    /// <inheritdoc />
    public int CompareTo(ThaiFiscalYear other) => BuddhistYear.CompareTo(other.BuddhistYear);

    /// <summary>True if <paramref name="left"/> is an earlier fiscal year than <paramref name="right"/>.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    public static bool operator <(ThaiFiscalYear left, ThaiFiscalYear right) => left.CompareTo(right) < 0;

    /// <summary>True if <paramref name="left"/> is a later fiscal year than <paramref name="right"/>.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    public static bool operator >(ThaiFiscalYear left, ThaiFiscalYear right) => left.CompareTo(right) > 0;

    /// <summary>True if <paramref name="left"/> is the same as or earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    public static bool operator <=(ThaiFiscalYear left, ThaiFiscalYear right) => left.CompareTo(right) <= 0;

    /// <summary>True if <paramref name="left"/> is the same as or later than <paramref name="right"/>.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    public static bool operator >=(ThaiFiscalYear left, ThaiFiscalYear right) => left.CompareTo(right) >= 0;

    /// <summary>The Thai name, e.g. <c>ปีงบประมาณ พ.ศ. 2570</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"ปีงบประมาณ พ.ศ. {BuddhistYear}");
}
