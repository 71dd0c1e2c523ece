namespace LocalGov.Thai.Tests.Payments;

/// <summary>Round trips and CRC checks over thousands of seeded random payments.</summary>
public sealed class ThaiQrPropertyTests
{
    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    [Fact]
    public void CreditTransfer_ParseOfBuild_ReturnsTheSameFields()
    {
        var random = new Random(764);
        for (int i = 0; i < 3_000; i++)
        {
            (ThaiQrTargetType type, string target) = RandomTarget(random);
            decimal? amount = RandomAmount(random);

            string payload = ThaiQr.CreditTransfer(target, amount);

            Assert.Equal(
                new ThaiQrPayload
                {
                    Kind = ThaiQrKind.CreditTransfer,
                    IsDynamic = amount is not null,
                    Amount = amount,
                    TargetType = type,
                    Target = target,
                },
                ThaiQr.Parse(payload));
        }
    }

    [Fact]
    public void BillPayment_ParseOfBuild_ReturnsTheSameFields()
    {
        var random = new Random(30);
        for (int i = 0; i < 3_000; i++)
        {
            string billerId = Digits(random, random.Next(1, 16));
            string ref1 = Alphanumeric(random, random.Next(1, 21));
            string? ref2 = random.Next(2) == 0 ? null : Alphanumeric(random, random.Next(1, 21));
            decimal? amount = RandomAmount(random);

            string payload = ThaiQr.BillPayment(billerId, ref1, ref2, amount);

            Assert.Equal(
                new ThaiQrPayload
                {
                    Kind = ThaiQrKind.BillPayment,
                    IsDynamic = amount is not null,
                    Amount = amount,
                    BillerId = billerId,
                    Ref1 = ref1,
                    Ref2 = ref2,
                },
                ThaiQr.Parse(payload));
        }
    }

    [Fact]
    public void EveryBuiltPayload_CarriesTheCrcOfItsContent()
    {
        var random = new Random(6304);
        for (int i = 0; i < 3_000; i++)
        {
            string payload = i % 2 == 0
                ? ThaiQr.CreditTransfer(RandomTarget(random).Target, RandomAmount(random))
                : ThaiQr.BillPayment(Digits(random, 15), Alphanumeric(random, 20), Alphanumeric(random, 5), RandomAmount(random));

            Assert.Equal("6304", payload[^8..^4]);
            Assert.Equal(ReferenceCrc16.Of(payload[..^4]), payload[^4..]);
        }
    }

    [Fact]
    public void AnySingleCharacterChange_IsRejected()
    {
        var random = new Random(99);
        for (int i = 0; i < 2_000; i++)
        {
            string payload = ThaiQr.CreditTransfer(RandomTarget(random).Target, RandomAmount(random));
            int index = random.Next(payload.Length);
            char replacement = Alphanumerics[random.Next(Alphanumerics.Length)];
            if (replacement == payload[index])
            {
                continue;
            }

            string changed = string.Concat(payload.AsSpan(0, index), [replacement], payload.AsSpan(index + 1));

            Assert.Throws<FormatException>(() => ThaiQr.Parse(changed));
        }
    }

    private static (ThaiQrTargetType Type, string Target) RandomTarget(Random random) => random.Next(3) switch
    {
        0 => (ThaiQrTargetType.Mobile, "0" + Digits(random, 9)),
        1 => (ThaiQrTargetType.NationalId, Digits(random, 13)),
        _ => (ThaiQrTargetType.EWallet, Digits(random, 15)),
    };

    private static decimal? RandomAmount(Random random) => random.Next(4) switch
    {
        0 => null,
        1 => random.Next(1, 100_000) / 100m,
        2 => random.Next(1, 1_000),
        _ => (random.NextInt64(1, 1_000_000_000_000) / 100m),
    };

    private static string Digits(Random random, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    }

    private static string Alphanumeric(Random random, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = Alphanumerics[random.Next(Alphanumerics.Length)];
        }

        return new string(chars);
    }
}
