using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Billing;

/// <summary>A billing run's progress, polled by the billing page's progress bar.</summary>
public sealed record BillingRunProgress(Guid Id, string Period, string Status, int Total, int Done, int Percent, int Billed, int Exempt,
    int NothingDue, decimal Amount, string? Error);

internal static class BillingEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/waste/billing/runs/{id:guid}", GetAsync).RequirePermission(WasteFeesPermissions.Bill).WithTags("WasteFees");

    private static async Task<Results<Ok<BillingRunProgress>, NotFound>> GetAsync(LocalGovDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var run = await db.Set<BillingRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is null ? TypedResults.NotFound() : TypedResults.Ok(ToProgress(run));
    }

    public static BillingRunProgress ToProgress(BillingRun run) => new(run.Id, run.BillingPeriod.ToString(), run.Status.ToString(), run.Total,
        run.Done, run.Percent, run.Billed, run.Exempt, run.NothingDue, run.Amount, run.Error);
}
