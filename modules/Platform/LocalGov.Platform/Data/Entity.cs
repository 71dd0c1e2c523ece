namespace LocalGov.Platform.Data;

/// <summary>Base for aggregate roots: a client-generated, time-ordered id and audit fields.</summary>
public abstract class Entity : IAuditedEntity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? ModifiedAt { get; set; }
    public string? ModifiedBy { get; set; }
}
