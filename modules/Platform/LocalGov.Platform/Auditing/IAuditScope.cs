namespace LocalGov.Platform.Auditing;

/// <summary>The audit record being built for the current request or job.</summary>
public interface IAuditScope
{
    /// <summary>Records a named action (e.g. "SignIn.Failed", "NationalId.Revealed"); such an action is logged even on a GET.</summary>
    void AddAction(string action, string? details = null);

    /// <summary>
    /// Files the entry under this tenant instead of the request's (a staff sign-in on the host's page belongs to
    /// the staff member's LAO, so its admin sees it).
    /// </summary>
    void FileUnderTenant(Guid? tenantId);

    /// <summary>
    /// Stops collecting field-by-field entity changes until disposed, for bulk work audited as one named action (a
    /// billing run issuing 100,000 bills is one "WasteFees.BillingRun" entry, not 100,000 change records).
    /// </summary>
    IDisposable PauseEntityChanges();
}
