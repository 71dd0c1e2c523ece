using System.Globalization;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Complaints.Publishing;

/// <summary>
/// The public read side of complaints, for the LAO in context: tracking, the list and its map, monthly statistics
/// and their open-data CSV, and a resident's own complaints across LAOs. The pages live in
/// Areas/Complaints/Pages/Public and Residents; the two anonymous data endpoints are here. Everything public leaves
/// out confidential complaints and every personal detail (reporter, officer, internal notes); the platform's
/// anonymous rate limit applies.
/// </summary>
internal static class PublicComplaints
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<PublicComplaintQuery>();
        services.AddScoped<ComplaintTracking>();
        services.AddScoped<ComplaintStatistics>();
        services.AddScoped<MyComplaints>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/complaints/map.json", MapAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet("/complaints/stats.csv", CsvAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> MapAsync(HttpContext http, PublicComplaintQuery query,
        string? category, string? state, string? month, string? code, CancellationToken cancellationToken)
    {
        var pathBase = http.Request.PathBase;
        var thai = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        var points = await query.MapAsync(PublicFilter.From(category, state, month, code), thai,
            tracking => $"{pathBase}/complaints/track/{Uri.EscapeDataString(tracking)}", cancellationToken);
        return TypedResults.Ok(points);
    }

    private static async Task<IResult> CsvAsync(ComplaintStatistics statistics, ICurrentTenant tenant, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var report = await statistics.LastMonthsAsync(cancellationToken);
        var lao = tenant.Tenant?.Code ?? "lao";
        var name = $"complaints-{lao}-{BangkokMonth.Of(clock.GetUtcNow().UtcDateTime).Key}.csv";
        return TypedResults.File(StatisticsCsv.ToBytes(report, lao), "text/csv; charset=utf-8", name);
    }
}
