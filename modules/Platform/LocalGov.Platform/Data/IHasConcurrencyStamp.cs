namespace LocalGov.Platform.Data;

/// <summary>
/// A record two people may edit at once. The stamp changes on every save; a save based on a stale stamp fails
/// with a concurrency conflict, answered as HTTP 409, never a lost update.
/// </summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}
