namespace LocalGov.Platform.Data;

/// <summary>Created/modified by and at, stamped by the platform's save interceptor (times in UTC).</summary>
public interface IAuditedEntity
{
    DateTime CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTime? ModifiedAt { get; set; }
    string? ModifiedBy { get; set; }
}
