using LocalGov.Platform.Data;

namespace LocalGov.Platform.Numbering;

/// <summary>The last number handed out for one tenant, sequence and Thai fiscal year.</summary>
public sealed class NumberSequence : INotAudited
{
    private NumberSequence() { } // EF Core

    public Guid TenantId { get; private set; }
    public string Name { get; private set; } = "";
    public int FiscalYear { get; private set; }
    public long LastValue { get; private set; }
}
