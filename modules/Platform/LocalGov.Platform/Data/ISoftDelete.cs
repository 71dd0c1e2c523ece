namespace LocalGov.Platform.Data;

/// <summary>A record that must never vanish: deleting marks it, and queries skip it (filter <c>SoftDelete</c>).</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; set; }
    DateTime? DeletedAt { get; set; }
    string? DeletedBy { get; set; }
}
