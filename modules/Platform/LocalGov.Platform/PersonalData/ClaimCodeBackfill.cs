using System.Linq.Expressions;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.PersonalData;

/// <summary>
/// Gives every row that has no claim code yet (rows from before the migration that added the column) its own random
/// one, at start-up from a module's <c>SeedHostAsync</c>: SQL cannot draw from a CSPRNG the same way on all three
/// databases, so the migration adds the column empty and this fills it. Host-wide, a row at a time, each update
/// conditional on the code still being empty, so two nodes starting together never overwrite each other's codes.
/// After the first start it costs one query that finds nothing.
/// </summary>
public static class ClaimCodeBackfill
{
    private const int Batch = 500;

    /// <returns>How many rows got a code.</returns>
    public static async Task<int> FillAsync<T>(LocalGovDbContext db, Expression<Func<T, string>> code, CancellationToken cancellationToken)
        where T : Entity
    {
        var empty = Expression.Lambda<Func<T, bool>>(Expression.Equal(code.Body, Expression.Constant("")), code.Parameters);
        var filled = 0;
        while (true)
        {
            var ids = await db.Set<T>().IgnoreQueryFilters().Where(empty).OrderBy(e => e.Id).Select(e => e.Id).Take(Batch)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return filled;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var id in ids)
            {
                var value = ClaimCode.New();
                filled += await db.Set<T>().IgnoreQueryFilters().Where(e => e.Id == id).Where(empty)
                    .ExecuteUpdateAsync(s => s.SetProperty(code, value), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
