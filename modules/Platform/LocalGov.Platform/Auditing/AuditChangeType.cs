namespace LocalGov.Platform.Auditing;

public enum AuditChangeType
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}
