using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LocalGov.Platform.Web;

/// <summary>Ready means the database answers and its schema is current.</summary>
internal sealed class DatabaseHealthCheck(LocalGovDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }
            // Touches a platform table: a database that answers but was never migrated is not ready.
            await db.Set<MultiTenancy.Tenant>().AsNoTracking().Select(t => t.Id).FirstOrDefaultAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The database is not ready: " + ex.GetBaseException().Message);
        }
    }
}
