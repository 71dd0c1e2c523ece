using LocalGov.Platform.Data;

namespace LocalGov.Platform.Auditing;

/// <summary>
/// One entry per write request (or explicit audited action such as reading a full national ID): who, which
/// tenant, what, the outcome, and each entity changed with its fields before and after.
/// </summary>
public sealed class AuditLog : INotAudited
{
    private readonly List<AuditEntityChange> _changes = [];

    private AuditLog() { } // EF Core

    public AuditLog(Guid? tenantId, string? userId, string? userName, string action, DateTime executedAt)
    {
        TenantId = tenantId;
        UserId = userId;
        UserName = userName;
        Action = action;
        ExecutedAt = executedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid? TenantId { get; private set; }
    public string? UserId { get; private set; }
    public string? UserName { get; private set; }
    /// <summary>"POST /api/notes" for a request, or a named action such as "NationalId.Revealed".</summary>
    public string Action { get; private set; } = "";
    public string? Details { get; set; }
    public string? ClientIp { get; set; }
    public int? StatusCode { get; set; }
    public bool Succeeded { get; set; }
    public string? Error { get; set; }
    public DateTime ExecutedAt { get; private set; }
    public int DurationMs { get; set; }
    public IReadOnlyList<AuditEntityChange> Changes => _changes;

    public void AddChange(AuditEntityChange change) => _changes.Add(change);
}
