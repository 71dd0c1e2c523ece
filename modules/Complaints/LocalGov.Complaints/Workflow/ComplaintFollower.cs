using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Complaints.Workflow;

/// <summary>A resident who found their problem already reported and follows it instead of filing again ("me too").</summary>
public sealed class ComplaintFollower : IMultiTenant, INotAudited
{
    private ComplaintFollower() { } // EF Core

    public ComplaintFollower(Guid complaintId, Guid userId, string email, DateTime at)
    {
        ComplaintId = complaintId;
        UserId = userId;
        Email = email;
        At = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ComplaintId { get; private set; }
    public Guid UserId { get; private set; }
    [SensitiveData] public string Email { get; private set; } = "";
    public DateTime At { get; private set; }
}
