using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Registry;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Demo;

/// <summary>
/// What a tester needs to try the residents' claim pages on the demo: one house of demo-city with its account number
/// and claim code, and one of its taxpayers not yet linked with a notice number and claim code, read from the
/// database at each start (the codes are random, drawn when the records were made) and printed in the banner. The
/// same codes are on the overdue notices and the collector's page, and on each notice and payer page, for staff.
/// </summary>
internal static class DemoClaims
{
    private const string Lao = "demo-city";

    public static IReadOnlyList<string> Lines { get; private set; } = [];

    public static async Task ReadAsync(IServiceProvider services, IReadOnlyList<TenantInfo> tenants)
    {
        if (tenants.FirstOrDefault(t => t.Code == Lao) is not { } tenant)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        using var _ = provider.GetRequiredService<ICurrentTenant>().Change(tenant);
        var db = provider.GetRequiredService<LocalGovDbContext>();
        var lines = new List<string>();
        if (tenant.Features.GetValueOrDefault(WasteFees.WasteFeesModule.FeatureName)
            && await db.Set<ServicePoint>().AsNoTracking().Where(p => p.PayerUserId == null && p.ClaimCode != "").OrderBy(p => p.AccountNo)
                .Select(p => new { p.AccountNo, p.ClaimCode }).FirstOrDefaultAsync() is { } house)
        {
            lines.Add($"    waste fees (/t/{Lao}/waste):     account {house.AccountNo}, claim code {ClaimCode.Format(house.ClaimCode)}");
        }
        if (tenant.Features.GetValueOrDefault(Tax.Publishing.MyTaxes.FeatureName)
            && await (from a in db.Set<TaxAssessment>().AsNoTracking()
                      join p in db.Set<TaxPayer>().AsNoTracking() on a.PayerId equals p.Id
                      where p.UserId == null && p.ClaimCode != ""
                      orderby p.Code, a.Number
                      select new { a.Number, p.ClaimCode }).FirstOrDefaultAsync() is { } notice)
        {
            lines.Add($"    taxes (/t/{Lao}/tax/my/link):  notice {notice.Number}, claim code {ClaimCode.Format(notice.ClaimCode)}");
        }
        Lines = lines.Count == 0 ? [] : ["  Claim codes for the resident to link records with (staff see them on notices and record pages):", .. lines];
    }
}
