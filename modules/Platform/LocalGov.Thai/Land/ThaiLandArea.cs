using System.Globalization;

namespace LocalGov.Thai;

/// <summary>
/// A land area in the Thai units of title deeds and tax assessments: rai (ไร่), ngan (งาน) and square wa
/// (ตารางวา). 1 rai = 4 ngan = 400 square wa = 1,600 m²; 1 ngan = 100 square wa = 400 m²; 1 square wa = 4 m²
/// (see DOMAIN.md). The area is held as an exact total of square wa and read back normalized, so
/// <c>new ThaiLandArea(0, 5, 120)</c> is 1 rai 2 ngan 20 square wa.
/// </summary>
public readonly record struct ThaiLandArea : IComparable<ThaiLandArea>
{
    /// <summary>Square metres in one rai.</summary>
    public const decimal SquareMetresPerRai = 1600m;

    /// <summary>Square metres in one ngan.</summary>
    public const decimal SquareMetresPerNgan = 400m;

    /// <summary>Square metres in one square wa.</summary>
    public const decimal SquareMetresPerSquareWa = 4m;

    /// <summary>Square wa in one rai.</summary>
    public const int SquareWaPerRai = 400;

    /// <summary>Square wa in one ngan.</summary>
    public const int SquareWaPerNgan = 100;

    /// <summary>An area of rai, ngan and square wa; the parts need not be normalized (5 ngan is accepted).</summary>
    /// <param name="rai">Whole rai, zero or more.</param>
    /// <param name="ngan">Whole ngan, zero or more.</param>
    /// <param name="squareWa">Square wa, zero or more; fractions allowed (title deeds give tenths, e.g. 50.5).</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative, or the total is over <see cref="MaxSquareWa"/>.</exception>
    public ThaiLandArea(int rai, int ngan, decimal squareWa)
    {
        ThrowIfNegative(rai, nameof(rai), "rai");
        ThrowIfNegative(ngan, nameof(ngan), "ngan");
        ThrowIfNegative(squareWa, nameof(squareWa), "square wa");
        if (squareWa > MaxSquareWa)
        {
            throw TooLarge(squareWa, nameof(squareWa));
        }

        decimal total = (rai * (decimal)SquareWaPerRai) + (ngan * (decimal)SquareWaPerNgan) + squareWa;
        if (total > MaxSquareWa)
        {
            throw TooLarge(total, nameof(squareWa));
        }

        TotalSquareWa = total;
    }

    /// <summary>The largest area accepted, in square wa: far more than all land on Earth, small enough for <see cref="Rai"/> to be a <see cref="long"/>.</summary>
    public static decimal MaxSquareWa => long.MaxValue;

    /// <summary>The whole area in square wa, the unit of Treasury appraisal prices.</summary>
    public decimal TotalSquareWa { get; }

    /// <summary>The whole area in square metres.</summary>
    public decimal SquareMetres => TotalSquareWa * SquareMetresPerSquareWa;

    /// <summary>The whole area in rai, with fractions (1 rai 2 ngan = 1.5).</summary>
    public decimal TotalRai => TotalSquareWa / SquareWaPerRai;

    // The whole parts come from the remainder, which decimal computes exactly; dividing first could round a total
    // just under a whole rai (399.99…) up to 1 rai while the ngan and square wa still read 3 and 99.99….

    /// <summary>The whole rai of the normalized area.</summary>
    public long Rai => (long)((TotalSquareWa - (TotalSquareWa % SquareWaPerRai)) / SquareWaPerRai);

    /// <summary>The whole ngan left after the rai: 0–3.</summary>
    public int Ngan
    {
        get
        {
            decimal afterRai = TotalSquareWa % SquareWaPerRai;
            return (int)((afterRai - (afterRai % SquareWaPerNgan)) / SquareWaPerNgan);
        }
    }

    /// <summary>The square wa left after the rai and ngan: at least 0, under 100.</summary>
    public decimal SquareWa => TotalSquareWa % SquareWaPerNgan;

    /// <summary>An area given in square wa.</summary>
    /// <param name="squareWa">Zero or more square wa.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public static ThaiLandArea FromSquareWa(decimal squareWa) => new(0, 0, squareWa);

    /// <summary>An area given in square metres, converted exactly (1 square wa = 4 m²).</summary>
    /// <param name="squareMetres">Zero or more square metres.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public static ThaiLandArea FromSquareMetres(decimal squareMetres)
    {
        ThrowIfNegative(squareMetres, nameof(squareMetres), "square metres");
        return new ThaiLandArea(0, 0, squareMetres / SquareMetresPerSquareWa);
    }

    /// <summary>The sum of two areas.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static ThaiLandArea operator +(ThaiLandArea left, ThaiLandArea right) =>
        FromSquareWa(left.TotalSquareWa + right.TotalSquareWa);

    /// <inheritdoc />
    public int CompareTo(ThaiLandArea other) => TotalSquareWa.CompareTo(other.TotalSquareWa);

    /// <summary>True if <paramref name="left"/> is smaller than <paramref name="right"/>.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator <(ThaiLandArea left, ThaiLandArea right) => left.CompareTo(right) < 0;

    /// <summary>True if <paramref name="left"/> is larger than <paramref name="right"/>.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator >(ThaiLandArea left, ThaiLandArea right) => left.CompareTo(right) > 0;

    /// <summary>True if <paramref name="left"/> is smaller than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator <=(ThaiLandArea left, ThaiLandArea right) => left.CompareTo(right) <= 0;

    /// <summary>True if <paramref name="left"/> is larger than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator >=(ThaiLandArea left, ThaiLandArea right) => left.CompareTo(right) >= 0;

    /// <summary>The area as written on title deeds, rai-ngan-square wa: <c>1-2-50.5</c>. Square wa are written exactly, without trailing zeros.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rai}-{Ngan}-{SquareWa:0.############################}");

    /// <summary>The area in Thai words and numbers: <c>1 ไร่ 2 งาน 50.5 ตารางวา</c>.</summary>
    public string ToThaiString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Rai} ไร่ {Ngan} งาน {SquareWa:0.############################} ตารางวา");

    private static void ThrowIfNegative(decimal value, string parameterName, string unit)
    {
        if (value < 0m)
        {
            // The value goes into the message and ActualValue as invariant text, so the message reads the same in every culture.
            throw new ArgumentOutOfRangeException(
                parameterName,
                value.ToString(CultureInfo.InvariantCulture),
                $"The {unit} must be zero or more; an area cannot be negative.");
        }
    }

    private static ArgumentOutOfRangeException TooLarge(decimal total, string parameterName) => new(
        parameterName,
        total.ToString(CultureInfo.InvariantCulture),
        string.Create(CultureInfo.InvariantCulture, $"An area is at most {MaxSquareWa} square wa (so that Rai fits in a long); check the units."));
}
