namespace LocalGov.WasteFees;

public static class WasteFeesPermissions
{
    /// <summary>Register service points and exemptions, import them, edit fee classes.</summary>
    public const string Manage = "WasteFees.Manage";

    /// <summary>Start a billing run, issue a yearly prepayment bill, cancel and re-bill.</summary>
    public const string Bill = "WasteFees.Bill";

    /// <summary>Collect door to door: the route list and cash payments.</summary>
    public const string Collect = "WasteFees.Collect";

    /// <summary>Read the billed-versus-collected reports, the arrears list and the notice lists.</summary>
    public const string Reports = "WasteFees.Reports";
}
