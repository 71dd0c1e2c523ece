namespace LocalGov.Payments;

public static class PaymentsPermissions
{
    /// <summary>Find bills and record counter payments (cashier).</summary>
    public const string Collect = "Payments.Collect";
    /// <summary>Import bank files and review unmatched bank payments (revenue officer).</summary>
    public const string Reconcile = "Payments.Reconcile";
    /// <summary>Issue and cancel bills by hand (revenue officer).</summary>
    public const string ManageBills = "Payments.ManageBills";
}
