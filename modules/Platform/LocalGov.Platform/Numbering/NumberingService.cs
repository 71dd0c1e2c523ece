using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Numbering;

/// <summary>
/// Allocates with one atomic <c>UPDATE … RETURNING</c> on the sequence row, inside the caller's transaction: on
/// PostgreSQL the row lock, on SQLite the single writer, serialize concurrent callers until commit; a rollback
/// returns the number. Both providers speak the same SQL here (ON CONFLICT and RETURNING).
/// </summary>
internal sealed class NumberingService(LocalGovDbContext db, ICurrentTenant currentTenant, TimeProvider clock) : INumberingService
{
    public async Task<RunningNumber> NextAsync(string sequence, DateTime? at = null, CancellationToken cancellationToken = default) =>
        (await NextBlockAsync(sequence, 1, at, cancellationToken))[0];

    public async Task<IReadOnlyList<RunningNumber>> NextBlockAsync(string sequence, int count, DateTime? at = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentException.ThrowIfNullOrWhiteSpace(sequence);
        if (sequence.Length > 50 || !sequence.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"Sequence name '{sequence}' must be up to 50 letters, digits or hyphens.", nameof(sequence));
        }
        var tenantId = currentTenant.Id
            ?? throw new InvalidOperationException("Running numbers belong to a tenant; no tenant is in scope.");
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Take a running number inside the transaction that saves the record (db.Database.BeginTransactionAsync), so a failed save leaves no gap.");
        }

        var fiscalYear = BangkokTime.FiscalYearOf(at ?? clock.GetUtcNow().UtcDateTime);
        var last = await db.Engine.AdvanceSequenceAsync(db, tenantId, sequence, fiscalYear, count, cancellationToken);
        return [.. Enumerable.Range(0, count).Select(i => new RunningNumber(sequence, fiscalYear, last - count + 1 + i))];
    }
}
