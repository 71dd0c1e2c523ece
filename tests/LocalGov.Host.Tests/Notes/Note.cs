using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Host.Tests.Notes;

/// <summary>A tenant-owned record of the test module: numbered, audited, concurrency-checked, soft-deleted.</summary>
public sealed class Note : Entity, IMultiTenant, IHasConcurrencyStamp, ISoftDelete
{
    private Note() { }

    public Note(string number, string title, string? citizenId)
    {
        Number = number;
        Title = title;
        CitizenId = citizenId;
    }

    public Guid TenantId { get; private set; }
    public string Number { get; private set; } = "";
    public string Title { get; set; } = "";
    public bool Reviewed { get; set; }
    [SensitiveData]
    public string? CitizenId { get; set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
    public bool IsDeleted { get; set; }
    public DateTime? DeletedAt { get; set; }
    public string? DeletedBy { get; set; }
}
