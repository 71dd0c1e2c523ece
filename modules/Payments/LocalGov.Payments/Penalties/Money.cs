namespace LocalGov.Payments.Penalties;

/// <summary>Baht with satang: two decimals, halves away from zero.</summary>
public static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static bool HasAtMostSatang(decimal amount) => Round(amount) == amount;
}
