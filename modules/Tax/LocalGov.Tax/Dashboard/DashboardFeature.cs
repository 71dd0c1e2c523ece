using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Reporting;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Tax.Dashboard;

/// <summary>
/// The revenue dashboard's services and its CSV files: /staff/tax/dashboard.csv (assessed against collected by head)
/// and /staff/tax/dashboard/arrears.csv (every overdue assessment), both for <c>?year=</c> (CE or BE; this year
/// when left out). The page is /staff/tax/dashboard.
/// </summary>
public static class DashboardFeature
{
    public const string ArrearsExported = "Tax.ArrearsExported";

    public static void AddServices(IServiceCollection services) => services.AddScoped<RevenueDashboard>();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/staff/tax/dashboard.csv", SummaryCsvAsync).RequirePermission(TaxPermissions.Reports).WithTags("Tax");
        endpoints.MapGet("/staff/tax/dashboard/arrears.csv", ArrearsCsvAsync).RequirePermission(TaxPermissions.Reports).WithTags("Tax");
    }

    /// <summary>A year as typed (2569 or 2026), or this year when blank; null when it is not a tax year we could hold.</summary>
    public static int? ParseYear(string? text, int current)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return current;
        }
        return int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && TaxRegistry.CommonEra(year) is var ce and >= 2016 and <= 2100 ? ce : null;
    }

    private static IResult BadYear() => Results.Problem(statusCode: 400,
        detail: "ปีภาษีไม่ถูกต้อง ระบุเป็น พ.ศ. หรือ ค.ศ. เช่น 2569 / The tax year is not valid; give it as 2569 or 2026.");

    private static async Task<IResult> SummaryCsvAsync(RevenueDashboard dashboard, ICurrentTenant tenant, TimeProvider clock, string? year,
        CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        if (ParseYear(year, today.Year) is not { } y)
        {
            return BadYear();
        }
        var summary = await dashboard.SummarizeAsync(y, today, cancellationToken);
        var name = $"tax-revenue-{tenant.Tenant?.Code ?? "lao"}-{y + 543}.csv";
        return Results.Stream(body => CsvWriter.WriteToAsync(body, csv => DashboardCsv.WriteSummaryAsync(csv, summary)), CsvWriter.ContentType, name);
    }

    /// <summary>Payer names are personal data: the export is an audited action, and no national ID is in it.</summary>
    private static async Task<IResult> ArrearsCsvAsync(RevenueDashboard dashboard, ICurrentTenant tenant, TimeProvider clock, IAuditScope audit,
        string? year, CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        if (ParseYear(year, today.Year) is not { } y)
        {
            return BadYear();
        }
        var count = await dashboard.CountArrearsAsync(y, today, cancellationToken);
        audit.AddAction(ArrearsExported, $"{count} assessments of {y}, as of {today:yyyy-MM-dd}");
        var name = $"tax-arrears-{tenant.Tenant?.Code ?? "lao"}-{y + 543}-{today:yyyy-MM-dd}.csv";
        return Results.Stream(body => CsvWriter.WriteToAsync(body, csv => DashboardCsv.WriteArrearsAsync(csv, dashboard.AllArrearsAsync(y, today))),
            CsvWriter.ContentType, name);
    }
}
