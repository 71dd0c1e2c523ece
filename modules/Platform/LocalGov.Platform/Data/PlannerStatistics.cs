using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Platform.Data;

/// <summary>
/// Brings the query planner's statistics for some tables up to date, for bulk work that is about to read them in
/// joins (an annual assessment right after an import, say). Without statistics SQLite takes an equality on an
/// indexed column, such as the tenant ID every query carries, to match about ten rows, and may then walk all of an
/// LAO's rows once per batch; PostgreSQL's autovacuum gathers them on its own, but only some time after a bulk load.
/// How statistics are gathered is the engine's (<see cref="DatabaseEngine.AnalyzeStatement"/>): SQLite samples a
/// thousand index entries per index, so this takes well under a second.
/// </summary>
public static class PlannerStatistics
{
    public static async Task RefreshStatisticsAsync(this LocalGovDbContext db, IEnumerable<Type> entities, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = entities
            .Select(type => db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity of the model."))
            .Select(entity => sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()))
            .Distinct()
            .ToList();
        if (tables.Count == 0)
        {
            return;
        }
        var script = db.Engine.AnalyzeStatement(tables);
        await db.Database.ExecuteSqlRawAsync(script, cancellationToken);
    }
}
