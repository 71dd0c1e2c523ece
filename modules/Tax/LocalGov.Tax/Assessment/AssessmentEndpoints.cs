using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Assessment;

/// <summary>An assessment run's progress, polled by the assessment page's progress bar.</summary>
public sealed record AssessmentRunProgress(Guid Id, int Year, string Status, int Total, int Done, int Percent, int Assessed, int Billed,
    int NothingDue, int Skipped, decimal Amount, string? Error);

/// <summary>The JSON the staff assessment page polls while a run works in the background.</summary>
public static class AssessmentEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/tax/assessment/runs/{id:guid}", GetAsync).RequirePermission(TaxPermissions.Assess).WithTags("Tax");

    private static async Task<Results<Ok<AssessmentRunProgress>, NotFound>> GetAsync(LocalGovDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var run = await db.Set<AssessmentRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is null ? TypedResults.NotFound() : TypedResults.Ok(ToProgress(run));
    }

    public static AssessmentRunProgress ToProgress(AssessmentRun run) => new(run.Id, run.Year, run.Status.ToString(), run.Total, run.Done, run.Percent,
        run.Assessed, run.Billed, run.NothingDue, run.Skipped, run.Amount, run.Error);
}
