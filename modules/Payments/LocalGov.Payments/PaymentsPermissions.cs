namespace LocalGov.Payments;

public static class PaymentsPermissions
{
    /// <summary>Find bills and record counter payments (cashier).</summary>
    public const string Collect = "Payments.Collect";
    /// <summary>Import bank files and review unmatched bank payments (revenue officer).</summary>
    public const string Reconcile = "Payments.Reconcile";
    /// <summary>Read collection reports for the whole LAO (revenue officer).</summary>
    public const string Reports = "Payments.Reports";
    /// <summary>Read the daily collection of one's own receipts, to close out one's day (cashier).</summary>
    public const string OwnCollection = "Payments.OwnCollection";
    /// <summary>Void a receipt, with a reason (LAO admin).</summary>
    public const string VoidReceipts = "Payments.VoidReceipts";
    /// <summary>Issue and cancel bills by hand (revenue officer).</summary>
    public const string ManageBills = "Payments.ManageBills";
}
