using LocalGov.Platform.Data;

namespace LocalGov.Platform.Auditing;

public sealed class AuditEntityChange : INotAudited
{
    private AuditEntityChange() { } // EF Core

    public AuditEntityChange(string entityType, string entityId, AuditChangeType changeType, string propertiesJson)
    {
        EntityType = entityType;
        EntityId = entityId;
        ChangeType = changeType;
        PropertiesJson = propertiesJson;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid AuditLogId { get; private set; }
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public AuditChangeType ChangeType { get; private set; }
    /// <summary>JSON array of <c>{"name","before","after"}</c>; sensitive fields show <c>"***"</c>.</summary>
    public string PropertiesJson { get; private set; } = "[]";
}
