using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Filing;

/// <summary>
/// The small JSON and file endpoints the complaint pages use: open complaints near a pin (the duplicate check,
/// public) and photos (public for non-confidential complaints unless hidden; staff with Complaints.Work see all).
/// </summary>
internal static class ComplaintEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/complaints/nearby", NearbyAsync).AllowAnonymous();
        endpoints.MapGet("/complaints/photos/{id:guid}", PhotoAsync).AllowAnonymous();
    }

    private static async Task<IResult> NearbyAsync(DuplicateFinder finder, string? category, double? lat, double? lng, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(category) || lat is null || lng is null)
        {
            return Results.Ok(Array.Empty<NearbyComplaint>());
        }
        try
        {
            return Results.Ok(await finder.FindAsync(category, lat.Value, lng.Value, cancellationToken));
        }
        catch (Platform.Web.BusinessRuleException e)
        {
            return Results.Problem(statusCode: 400, title: e.UserMessage.En, detail: e.UserMessage.Bilingual);
        }
    }

    private static async Task<IResult> PhotoAsync(Guid id, HttpContext http, LocalGovDbContext db,
        Platform.Authorization.IPermissionChecker permissions, CancellationToken cancellationToken)
    {
        var photo = await db.Set<ComplaintPhoto>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (photo is null)
        {
            return Results.NotFound();
        }
        var complaint = await db.Set<Complaint>().AsNoTracking().Where(c => c.Id == photo.ComplaintId)
            .Select(c => new { c.Confidential, c.Status, c.CategoryId }).SingleAsync(cancellationToken);
        var confidentialCategory = await db.Set<Categories.Category>().AnyAsync(c => c.Id == complaint.CategoryId && c.Confidential, cancellationToken);
        var isPublic = !photo.Hidden && !complaint.Confidential && !confidentialCategory && ComplaintStatusText.IsVisible(complaint.Status);
        if (!isPublic)
        {
            var staff = await permissions.IsGrantedAsync(http.User, ComplaintsPermissions.Work, cancellationToken) &&
                (!(complaint.Confidential || confidentialCategory) || await permissions.IsGrantedAsync(http.User, ComplaintsPermissions.Confidential, cancellationToken));
            if (!staff)
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "private, no-store";
        }
        else
        {
            // short: a photo staff hide (a face, a number plate) must stop being served soon, caches included
            http.Response.Headers.CacheControl = "public, max-age=300";
        }
        return Results.File(photo.Data, photo.ContentType);
    }
}
