using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>
/// A fresh LAO with Tax and Payments, the national schedule, one land price zone (10,000 baht per square wa), and
/// staff accounts: a revenue officer (reads the dashboard), a cashier (does not). Owners are registered through
/// <see cref="TaxRegistry"/> and assessed by <see cref="AssessmentEngine.AssessOwnerAsync"/>, as the staff pages do.
/// </summary>
internal sealed class DashboardTaxWorld
{
    public const string Zone = "Z1";
    public const decimal ZonePrice = 10_000m;

    public required LocalGovHost Host { get; init; }
    public required TenantInfo Tenant { get; init; }
    public required LocalGovUser Officer { get; init; }
    public required LocalGovUser Cashier { get; init; }
    public required int Year { get; init; }

    public string Path(string path) => $"/t/{Tenant.Code}{path}";

    public FormClient OfficerClient => Host.ClientAs(Officer.Id, Tenant.Id, RoleTemplates.RevenueOfficer);
    public FormClient CashierClient => Host.ClientAs(Cashier.Id, Tenant.Id, RoleTemplates.Cashier);

    /// <summary>The LAO with Tax and Payments, and <paramref name="moreModules"/> besides.</summary>
    public static async Task<DashboardTaxWorld> CreateAsync(LocalGovHost host, params string[] moreModules)
    {
        var code = "tx" + Guid.NewGuid().ToString("N")[..10];
        var tenant = await host.ProvisionAsync(code, $"เทศบาลทดสอบ {code}", $"Test Municipality {code}", ["Tax", "Payments", .. moreModules]);
        var officer = await People.CreateAsync(host, People.NewEmail("revenue"), UserKind.Staff, [RoleTemplates.RevenueOfficer], tenant.Id);
        var cashier = await People.CreateAsync(host, People.NewEmail("cashier"), UserKind.Staff, [RoleTemplates.Cashier], tenant.Id);
        var year = BangkokTime.Today(host.Clock).Year;
        var world = new DashboardTaxWorld { Host = host, Tenant = tenant, Officer = officer, Cashier = cashier, Year = year };
        await world.InScopeAsync(async (services, db) =>
        {
            await services.GetRequiredService<TaxRegistry>().SetPriceAsync(PriceKind.LandZone, Zone, year, ZonePrice, "โซนทดสอบ", default);
            await db.SaveChangesAsync();
            return 0;
        });
        return world;
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work) =>
        Host.InTenantAsync(Tenant, services => work(services, services.GetRequiredService<LocalGovDbContext>()));

    /// <summary>Registers an owner of one parcel in zone Z1 with the given uses (square wa) and assesses them for the year.</summary>
    public Task<TaxAssessment> OwnerAsync(PayerKind kind, string name, string? email, int seed, params UsePart[] uses) => InScopeAsync(async (services, db) =>
    {
        var registry = services.GetRequiredService<TaxRegistry>();
        Guid payerId;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var id = LocalGov.Thai.ThaiNationalId.Generate(new Random(seed),
                kind == PayerKind.Juristic ? LocalGov.Thai.ThaiIdCategory.NoRegistrationStatus : LocalGov.Thai.ThaiIdCategory.ThaiBirthRegisteredOnTime);
            var payer = await registry.CreatePayerAsync(new PayerDetails(kind, name, id, email, null, null), default);
            await db.SaveChangesAsync(); // the property's owners are looked up on the register
            var area = uses.Sum(u => u.Area);
            await registry.CreatePropertyAsync(new PropertyDetails(null, PropertyKind.Land, $"{seed} หมู่ 1", "สุเทพ", DeedType.Chanote, $"{seed}",
                Math.Floor(area / 400), Math.Floor(area % 400 / 100), area % 100, Zone, null, null, null, null, uses), [new OwnerShare(payer.Id, 100, false)], default);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            payerId = payer.Id;
        }
        return await services.GetRequiredService<AssessmentEngine>().AssessOwnerAsync(payerId, Year, "ประเมินประจำปี", "test", default);
    });

    public Task<List<TaxBill>> BillsAsync(Guid assessmentId) => InScopeAsync((_, db) =>
        db.Set<TaxBill>().AsNoTracking().Where(b => b.AssessmentId == assessmentId).ToListAsync());

    public Task PayAsync(Guid billId, decimal amount) => InScopeAsync(async (services, _) =>
        await services.GetRequiredService<IPaymentTaking>().RecordAsync(billId, amount, PaymentChannel.Cash, null, null));
}
