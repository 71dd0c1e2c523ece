namespace LocalGov.Payments;

public static class PaymentsPermissions
{
    /// <summary>Find bills and record counter payments (cashier).</summary>
    public const string Collect = "Payments.Collect";
    /// <summary>Issue and cancel bills by hand (revenue officer).</summary>
    public const string ManageBills = "Payments.ManageBills";
}
