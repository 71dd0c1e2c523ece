namespace LocalGov.Thai.Tests.Identifiers;

/// <summary>
/// Properties over thousands of seeded random IDs. The expectations are computed here from DOMAIN.md's formula,
/// independently of the library: s = Σ d[i]·(13 − i), check = (11 − s mod 11) mod 10.
/// </summary>
public sealed class ThaiNationalIdPropertyTests
{
    private const int Seed = 20260521;

    [Fact]
    public void Generate_EveryIdIsValidAndHasThirteenDigits()
    {
        var random = new Random(Seed);
        for (int i = 0; i < 5_000; i++)
        {
            string id = ThaiNationalId.Generate(random);

            Assert.Equal(13, id.Length);
            Assert.All(id, c => Assert.True(char.IsAsciiDigit(c)));
            Assert.InRange(id[0], '1', '8');
            Assert.Equal(ReferenceCheckDigit(id), id[12] - '0');
            Assert.True(ThaiNationalId.IsValid(id), id);
        }
    }

    [Fact]
    public void Generate_WithTheSameSeed_GivesTheSameIds()
    {
        var first = new Random(Seed);
        var second = new Random(Seed);
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(ThaiNationalId.Generate(first), ThaiNationalId.Generate(second));
        }
    }

    [Fact]
    public void IsValid_AgreesWithTheFormulaOnRandomThirteenDigitStrings()
    {
        var random = new Random(Seed);
        int valid = 0;
        for (int i = 0; i < 20_000; i++)
        {
            string id = RandomDigits(random, 13);
            bool expected = ReferenceCheckDigit(id) == id[12] - '0';

            Assert.Equal(expected, ThaiNationalId.IsValid(id));
            valid += expected ? 1 : 0;
        }

        // About one in ten random strings has the right last digit; both branches were exercised.
        Assert.InRange(valid, 1_500, 2_500);
    }

    [Fact]
    public void ChangingTheCheckDigit_IsAlwaysDetected()
    {
        var random = new Random(Seed);
        for (int i = 0; i < 2_000; i++)
        {
            string id = ThaiNationalId.Generate(random);
            for (char digit = '0'; digit <= '9'; digit++)
            {
                if (digit != id[12])
                {
                    Assert.False(ThaiNationalId.IsValid(Replace(id, 12, digit)));
                }
            }
        }
    }

    /// <summary>
    /// "Any single-digit change makes it invalid" is false for this scheme, so the test states what is true:
    /// a change in position i (0-based, i &lt; 12) from a to b goes unnoticed exactly when the new residue
    /// r' = (s + (13 − i)(b − a)) mod 11 gives the same check digit as r = s mod 11, i.e. when r' = r (only
    /// possible for i = 2, weight 11) or {r, r'} = {0, 10} (both give check digit 1). Every other change is caught.
    /// </summary>
    [Fact]
    public void ChangingOneOfTheFirstTwelveDigits_IsDetectedExceptExactlyWhereTheArithmeticPredicts()
    {
        var random = new Random(Seed);
        int undetectedAtWeight11 = 0;
        int undetectedByResidueCollision = 0;
        int detected = 0;
        for (int n = 0; n < 2_000; n++)
        {
            string id = ThaiNationalId.Generate(random);
            int r = WeightedSum(id) % 11;
            for (int i = 0; i < 12; i++)
            {
                int a = id[i] - '0';
                for (int b = 0; b <= 9; b++)
                {
                    if (b == a)
                    {
                        continue;
                    }

                    int rChanged = ((r + ((13 - i) * (b - a))) % 11 + 11) % 11;
                    bool sameResidue = rChanged == r;
                    bool zeroTenCollision = (r == 0 && rChanged == 10) || (r == 10 && rChanged == 0);
                    bool predictedUndetected = sameResidue || zeroTenCollision;

                    bool stillValid = ThaiNationalId.IsValid(Replace(id, i, (char)('0' + b)));

                    Assert.Equal(predictedUndetected, stillValid);
                    Assert.Equal(i == 2, sameResidue);
                    undetectedAtWeight11 += sameResidue ? 1 : 0;
                    undetectedByResidueCollision += zeroTenCollision ? 1 : 0;
                    detected += predictedUndetected ? 0 : 1;
                }
            }
        }

        // Position 3 is never checked: 9 alternatives × 2,000 IDs.
        Assert.Equal(9 * 2_000, undetectedAtWeight11);
        Assert.True(undetectedByResidueCollision > 0, "the 0/10 residue collision should occur in 2,000 random IDs");
        // Everywhere else the 0/10 collision is the only gap: over 95% of those changes are caught.
        int changesElsewhere = 11 * 9 * 2_000;
        Assert.Equal(changesElsewhere - undetectedByResidueCollision, detected);
        Assert.True(detected > changesElsewhere * 0.95, $"{detected} of {changesElsewhere} detected");
    }

    internal static int WeightedSum(string digits)
    {
        int sum = 0;
        for (int i = 0; i < 12; i++)
        {
            sum += (digits[i] - '0') * (13 - i);
        }

        return sum;
    }

    internal static int ReferenceCheckDigit(string digits) => (11 - (WeightedSum(digits) % 11)) % 10;

    internal static string RandomDigits(Random random, int length)
    {
        var digits = new char[length];
        for (int i = 0; i < length; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }

    private static string Replace(string id, int index, char digit)
    {
        char[] chars = id.ToCharArray();
        chars[index] = digit;
        return new string(chars);
    }
}
