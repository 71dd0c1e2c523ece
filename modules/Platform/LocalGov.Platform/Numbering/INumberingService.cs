namespace LocalGov.Platform.Numbering;

/// <summary>
/// Running numbers (tracking codes, receipts, permits): per tenant, per sequence, per Thai fiscal year, gap-free.
/// Take the number inside the transaction that saves the record: if that transaction rolls back, so does the
/// number, and concurrent callers wait their turn on the sequence row.
/// </summary>
public interface INumberingService
{
    /// <param name="sequence">Sequence name and printed prefix, e.g. "CMP".</param>
    /// <param name="at">The moment that decides the fiscal year (default: now).</param>
    Task<RunningNumber> NextAsync(string sequence, DateTime? at = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes <paramref name="count"/> consecutive numbers in one step, for bulk work (a billing run issuing a thousand
    /// bills at a time). Same rules as <see cref="NextAsync"/>: inside the transaction that saves the records.
    /// </summary>
    Task<IReadOnlyList<RunningNumber>> NextBlockAsync(string sequence, int count, DateTime? at = null, CancellationToken cancellationToken = default);
}
