using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>
/// A fresh LAO with Waste fees and Payments (the default fee classes seeded), and real accounts for its admin, a
/// revenue officer and a cashier who collects on the routes. Each test makes its own, so tests never share data.
/// </summary>
internal sealed class WasteWorld
{
    public required LocalGovHost Host { get; init; }
    public required TenantInfo Tenant { get; init; }
    public required LocalGovUser Admin { get; init; }
    public required LocalGovUser Officer { get; init; }
    public required LocalGovUser Collector { get; init; }

    public string Path(string path) => $"/t/{Tenant.Code}{path}";

    public static async Task<WasteWorld> CreateAsync(LocalGovHost host)
    {
        var code = "w" + Guid.NewGuid().ToString("N")[..10];
        var tenant = await host.ProvisionAsync(code, $"เทศบาลทดสอบ {code}", $"Test Municipality {code}", ["WasteFees", "Payments"]);
        var admin = await People.CreateAsync(host, People.NewEmail("admin"), UserKind.Staff, [RoleTemplates.TenantAdmin], tenant.Id);
        var officer = await People.CreateAsync(host, People.NewEmail("revenue"), UserKind.Staff, [RoleTemplates.RevenueOfficer], tenant.Id);
        var collector = await People.CreateAsync(host, People.NewEmail("collector"), UserKind.Staff, [RoleTemplates.Cashier], tenant.Id);
        return new WasteWorld { Host = host, Tenant = tenant, Admin = admin, Officer = officer, Collector = collector };
    }

    /// <summary>A browser-like client acting as <paramref name="user"/> with <paramref name="role"/>.</summary>
    public FormClient As(LocalGovUser user, string role) => Host.ClientAs(user.Id, Tenant.Id, role);

    public FormClient AdminClient => As(Admin, RoleTemplates.TenantAdmin);
    public FormClient OfficerClient => As(Officer, RoleTemplates.RevenueOfficer);
    public FormClient CollectorClient => As(Collector, RoleTemplates.Cashier);

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work) =>
        Host.InTenantAsync(Tenant, services => work(services, services.GetRequiredService<LocalGovDbContext>()));

    /// <summary>Registers a point through the same checks as the form and the import; a bad input fails the test with its errors.</summary>
    public Task<ServicePoint> AddPointAsync(ServicePointInput input) => InScopeAsync(async (services, _) =>
    {
        var registry = services.GetRequiredService<ServicePointRegistry>();
        var (details, errors) = ServicePointDetails.Validate(input, await registry.FeeClassesByCodeAsync(default),
            services.GetRequiredService<IPersonalDataVault>());
        Assert.True(details is not null, string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message.En}")));
        return await registry.CreateAsync(details!, default);
    });

    /// <summary>A household on route R1 of zone Z1 served since 1 January 2026 unless told otherwise.</summary>
    public static ServicePointInput House(string houseNo, string feeClass = "HOUSE", string start = "2026-01-01", string? stop = null,
        string zone = "Z1", string route = "R1", int order = 0, string? email = null) => new()
    {
        HouseNo = houseNo,
        Moo = "3",
        Subdistrict = "สุเทพ",
        PayerName = $"ผู้ชำระ บ้านเลขที่ {houseNo}",
        PayerEmail = email,
        FeeClass = feeClass,
        Zone = zone,
        Route = route,
        RouteOrder = order.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StartDate = start,
        StopDate = stop,
    };

    /// <summary>Bills a month to the end, in this thread (the page hands the same work to the background queue).</summary>
    public Task<BillingRun> BillAsync(BillingPeriod period, int? batchSize = null, CancellationToken cancellationToken = default) =>
        InScopeAsync(async (services, _) =>
        {
            var engine = services.GetRequiredService<BillingEngine>();
            var run = await engine.ClaimAsync(period, "test", cancellationToken);
            return await engine.ExecuteAsync(run.Id, batchSize, cancellationToken: cancellationToken);
        });

    public Task<List<WasteCharge>> ChargesAsync(Guid? pointId = null) => InScopeAsync((_, db) =>
        db.Set<WasteCharge>().AsNoTracking().Where(c => pointId == null || c.ServicePointId == pointId)
            .OrderBy(c => c.Period).ToListAsync());

    public Task<FeeClass> FeeClassAsync(string code) =>
        InScopeAsync((_, db) => db.Set<FeeClass>().AsNoTracking().SingleAsync(c => c.Code == code));
}
