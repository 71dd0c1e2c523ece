namespace LocalGov.Complaints;

public static class ComplaintsPermissions
{
    /// <summary>See the LAO's complaints, work those assigned, take calls and walk-ins.</summary>
    public const string Work = "Complaints.Work";

    /// <summary>Assign, reassign, reject and transfer; receives overdue mail.</summary>
    public const string Supervise = "Complaints.Supervise";

    /// <summary>See complaints in confidential categories (corruption).</summary>
    public const string Confidential = "Complaints.Confidential";

    /// <summary>Edit categories and their SLA.</summary>
    public const string ManageCategories = "Complaints.ManageCategories";

    /// <summary>Create and revoke Open311 API keys.</summary>
    public const string ManageApiClients = "Complaints.ManageApiClients";

    /// <summary>See the reporter's name, phone and email (audited).</summary>
    public const string SeeReporter = "Complaints.SeeReporter";
}
