namespace LocalGov.Permits;

/// <summary>What staff may do with permits; every page and endpoint names one.</summary>
public static class PermitsPermissions
{
    /// <summary>Set up permit types: documents, fields, fees, deadlines, checklists.</summary>
    public const string ManageTypes = "Permits.ManageTypes";

    /// <summary>Take counter applications, check completeness and ask for missing documents.</summary>
    public const string Intake = "Permits.Intake";

    /// <summary>Inspect and decide: approve or reject.</summary>
    public const string Review = "Permits.Review";

    /// <summary>Assign officers, see late decisions, suspend, revoke and reinstate permits.</summary>
    public const string Supervise = "Permits.Supervise";

    public const string Reports = "Permits.Reports";
}
