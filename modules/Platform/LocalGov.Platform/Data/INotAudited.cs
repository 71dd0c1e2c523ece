namespace LocalGov.Platform.Data;

/// <summary>Marks platform bookkeeping rows (audit log, outbox, sequences) whose changes are not themselves audited.</summary>
public interface INotAudited;
