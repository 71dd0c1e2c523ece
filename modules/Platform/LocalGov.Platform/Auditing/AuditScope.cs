namespace LocalGov.Platform.Auditing;

internal sealed class AuditScope : IAuditScope
{
    private readonly List<AuditEntityChange> _pending = [];

    public List<(string Action, string? Details)> Actions { get; } = [];
    public List<AuditEntityChange> Committed { get; } = [];

    public void AddAction(string action, string? details = null) => Actions.Add((action, details));

    public bool TenantOverridden { get; private set; }
    public Guid? TenantOverride { get; private set; }

    public void FileUnderTenant(Guid? tenantId)
    {
        TenantOverridden = true;
        TenantOverride = tenantId;
    }

    public bool EntityChangesPaused => _pauses > 0;

    private int _pauses;

    public IDisposable PauseEntityChanges()
    {
        _pauses++;
        return new Resume(this);
    }

    public void Stage(IEnumerable<AuditEntityChange> changes)
    {
        _pending.Clear();
        _pending.AddRange(changes);
    }

    public void CommitStaged()
    {
        Committed.AddRange(_pending);
        _pending.Clear();
    }

    public void DropStaged() => _pending.Clear();

    private sealed class Resume(AuditScope scope) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                scope._pauses--;
            }
        }
    }
}
