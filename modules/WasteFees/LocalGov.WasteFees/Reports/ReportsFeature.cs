using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Reporting;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees.Reports;

/// <summary>
/// Billed-versus-collected reports, arrears, CSV: the services and endpoints it adds to the module. The pages are
/// /staff/waste/reports and /staff/waste/reports/arrears; the CSV files here hold the same figures for Excel.
/// </summary>
internal static class ReportsFeature
{
    public const string ArrearsExported = "WasteFees.ArrearsExported";

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<CollectionReport>();
        services.AddScoped<ArrearsReport>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/staff/waste/reports.csv", ReportCsvAsync).RequirePermission(WasteFeesPermissions.Reports).WithTags("WasteFees");
        endpoints.MapGet("/staff/waste/reports/arrears.csv", ArrearsCsvAsync).RequirePermission(WasteFeesPermissions.Reports).WithTags("WasteFees");
    }

    private static async Task<IResult> ReportCsvAsync(CollectionReport report, ICurrentTenant tenant, TimeProvider clock,
        string? from, string? to, string? zone, CancellationToken cancellationToken)
    {
        var range = ReportRange.Parse(from, to, zone, BangkokTime.Today(clock));
        var summary = await report.SummarizeAsync(range, cancellationToken);
        var name = $"waste-fees-{tenant.Tenant?.Code ?? "lao"}-{range.From}-{range.To}.csv";
        return Results.Stream(body => CsvWriter.WriteToAsync(body, csv => ReportsCsv.WriteSummaryAsync(csv, summary)), CsvWriter.ContentType, name);
    }

    /// <summary>Payer names are personal data: the export is an audited action, and the payer's national ID is never in it.</summary>
    private static async Task<IResult> ArrearsCsvAsync(ArrearsReport arrears, ICurrentTenant tenant, TimeProvider clock, IAuditScope audit,
        string? zone, string? route, CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        var filter = ArrearsFilter.From(zone, route);
        var points = await arrears.CountAsync(filter, today, cancellationToken);
        audit.AddAction(ArrearsExported, $"{points} points, zone {filter.Zone ?? "all"}, route {filter.Route ?? "all"}, as of {today:yyyy-MM-dd}");
        var name = $"waste-arrears-{tenant.Tenant?.Code ?? "lao"}-{today:yyyy-MM-dd}.csv";
        return Results.Stream(body => CsvWriter.WriteToAsync(body, csv => ReportsCsv.WriteArrearsAsync(csv, arrears.AllAsync(filter, today, thai: true))),
            CsvWriter.ContentType, name);
    }
}
