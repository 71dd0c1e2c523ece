using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>
/// A fresh LAO with Tax and Payments on the national schedule, a land zone priced at 10,000 baht a square wa, and
/// accounts for a revenue officer and a cashier. Owners are added with one commercial plot each (400 sq wa =
/// 4,000,000 baht, 0.3 % = 12,000 baht a year).
/// </summary>
internal sealed class AssessTaxWorld
{
    public const string Zone = "Z1";
    public const decimal PricePerWa = 10_000m;

    private readonly Random ids = new(9);

    public required LocalGovHost Host { get; init; }
    public required TenantInfo Tenant { get; init; }
    public required LocalGovUser Officer { get; init; }
    public required LocalGovUser Cashier { get; init; }

    public string Path(string path) => $"/t/{Tenant.Code}{path}";

    public FormClient OfficerClient => Host.ClientAs(Officer.Id, Tenant.Id, RoleTemplates.RevenueOfficer);
    public FormClient CashierClient => Host.ClientAs(Cashier.Id, Tenant.Id, RoleTemplates.Cashier);

    public static async Task<AssessTaxWorld> CreateAsync(LocalGovHost host)
    {
        var code = "a" + Guid.NewGuid().ToString("N")[..10];
        var tenant = await host.ProvisionAsync(code, $"เทศบาลทดสอบ {code}", $"Test Municipality {code}", ["Tax", "Payments"]);
        var officer = await People.CreateAsync(host, People.NewEmail("revenue"), UserKind.Staff, [RoleTemplates.RevenueOfficer], tenant.Id);
        var cashier = await People.CreateAsync(host, People.NewEmail("cashier"), UserKind.Staff, [RoleTemplates.Cashier], tenant.Id);
        var world = new AssessTaxWorld { Host = host, Tenant = tenant, Officer = officer, Cashier = cashier };
        await world.InScopeAsync(async (services, db) =>
        {
            await services.GetRequiredService<TaxRegistry>().SetPriceAsync(PriceKind.LandZone, Zone, 2020, PricePerWa, "โซนทดสอบ", default);
            await db.SaveChangesAsync();
            return 0;
        });
        return world;
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work) =>
        Host.InTenantAsync(Tenant, services => work(services, services.GetRequiredService<LocalGovDbContext>()));

    public static PropertyDetails Plot(decimal squareWa, string priceCode = Zone, LandUse use = LandUse.Other) => new(
        null, PropertyKind.Land, "99 หมู่ 1 ถนนทดสอบ", "สุเทพ", DeedType.Chanote, "12345", 0, 0, squareWa, priceCode, null, null, null, null,
        [new UsePart(use, squareWa)]);

    /// <summary>A person with one plot of <paramref name="squareWa"/> (under 100) on the register; returns the payer and the property.</summary>
    public Task<(TaxPayer Payer, TaxProperty Property)> AddOwnerAsync(string name, decimal squareWa = 99, string priceCode = Zone, string? email = null) =>
        InScopeAsync(async (services, db) =>
        {
            var registry = services.GetRequiredService<TaxRegistry>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var payer = await registry.CreatePayerAsync(new PayerDetails(PayerKind.Person, name, ThaiNationalId.Generate(ids), email, null, "1 หมู่ 2 ตำบลสุเทพ"), default);
            await db.SaveChangesAsync();
            var property = await registry.CreatePropertyAsync(Plot(squareWa, priceCode), [new OwnerShare(payer.Id, 100, false)], default);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return (payer, property);
        });

    /// <summary>Changes a plot's area (and its one use) the way the register page does, saved.</summary>
    public Task SetAreaAsync(Guid propertyId, Guid payerId, decimal rai, decimal squareWa) => InScopeAsync(async (services, db) =>
    {
        var property = await db.Set<TaxProperty>().SingleAsync(p => p.Id == propertyId);
        var details = Plot(squareWa) with { Rai = rai, Uses = [new UsePart(LandUse.Other, rai * 400 + squareWa)] };
        await services.GetRequiredService<TaxRegistry>().UpdatePropertyAsync(property, details, [new OwnerShare(payerId, 100, false)], null, default);
        await db.SaveChangesAsync();
        return 0;
    });

    public Task<TaxAssessment> AssessAsync(Guid payerId, int year, string reason = "ประเมินรายใหม่ / new owner") => InScopeAsync((services, _) =>
        services.GetRequiredService<AssessmentEngine>().AssessOwnerAsync(payerId, year, reason, "test", default));

    public Task<List<TaxAssessment>> AssessmentsAsync() => InScopeAsync((_, db) => db.Set<TaxAssessment>().AsNoTracking().ToListAsync());

    public Task<List<TaxBill>> BillsAsync(Guid? assessmentId = null) => InScopeAsync((_, db) =>
        db.Set<TaxBill>().AsNoTracking().Where(b => assessmentId == null || b.AssessmentId == assessmentId).OrderBy(b => b.Id).ToListAsync());
}
