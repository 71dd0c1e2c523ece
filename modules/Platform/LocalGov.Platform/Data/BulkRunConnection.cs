namespace LocalGov.Platform.Data;

/// <summary>
/// Keeps a bulk run's connection open for the whole run, with the session settings that make such a run fast on the
/// chosen database (see each engine's <see cref="DatabaseEngine.HoldForBulkRunAsync"/>): a run's batches are made to be
/// redone — each commits whole or not at all, and running again does exactly those not committed.
/// </summary>
public static class BulkRunConnection
{
    public static Task<IAsyncDisposable> HoldForBulkRunAsync(this LocalGovDbContext db, CancellationToken cancellationToken) =>
        db.Engine.HoldForBulkRunAsync(db, cancellationToken);
}
