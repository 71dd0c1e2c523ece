using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>A fresh LAO with Tax and Payments, a land price zone, and helpers to register owners and land through the real services.</summary>
internal sealed class TaxWorld
{
    public const string Zone = "Z1";
    public const decimal PricePerSquareWa = 25_000m; // 400 sq wa (one rai) = 10,000,000 baht

    public required LocalGovHost Host { get; init; }
    public required TenantInfo Tenant { get; init; }

    public static async Task<TaxWorld> CreateAsync(LocalGovHost host)
    {
        var code = "x" + Guid.NewGuid().ToString("N")[..10];
        var tenant = await host.ProvisionAsync(code, $"อบต.ทดสอบภาษี {code}", $"Tax Test SAO {code}", ["Tax", "Payments"]);
        var world = new TaxWorld { Host = host, Tenant = tenant };
        await world.InScopeAsync(async (services, db) =>
        {
            await services.GetRequiredService<TaxRegistry>().SetPriceAsync(PriceKind.LandZone, Zone, 2020, PricePerSquareWa, "ถนนสายหลัก", default);
            await db.SaveChangesAsync();
            return 0;
        });
        return world;
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work) =>
        Host.InTenantAsync(Tenant, services => work(services, services.GetRequiredService<LocalGovDbContext>()));

    /// <summary>Registers a person owning one parcel of <paramref name="squareWa"/> in <paramref name="zone"/> used as <paramref name="use"/>.</summary>
    public Task<TaxPayer> OwnerWithLandAsync(string name, decimal squareWa, LandUse use, string? email = null, string zone = Zone, int seed = 0) =>
        InScopeAsync(async (services, db) =>
        {
            var registry = services.GetRequiredService<TaxRegistry>();
            var id = LocalGov.Thai.ThaiNationalId.Generate(new Random(seed == 0 ? Random.Shared.Next() : seed));
            var payer = await registry.CreatePayerAsync(new PayerDetails(PayerKind.Person, name, id, email, null, null), default);
            await registry.CreatePropertyAsync(new PropertyDetails(null, PropertyKind.Land, "9 หมู่ 2", "ทดสอบ", DeedType.Chanote, "1234",
                Math.Floor(squareWa / 400), Math.Floor(squareWa % 400 / 100), squareWa % 100, zone, null, null, null, null,
                [new UsePart(use, squareWa)]), [new OwnerShare(payer.Id, 100, true)], default);
            await db.SaveChangesAsync();
            return payer;
        });

    public Task<TaxAssessment> AssessAsync(Guid payerId, int year) => InScopeAsync(async (services, _) =>
        await services.GetRequiredService<AssessmentEngine>().AssessOwnerAsync(payerId, year, "test", "officer", default));

    public Task<IReadOnlyList<BillView>> BillsAsync(TaxAssessment assessment) => InScopeAsync(async (services, _) =>
    {
        var billing = services.GetRequiredService<IBilling>();
        var links = await services.GetRequiredService<LocalGovDbContext>().Set<TaxBill>().AsNoTracking()
            .Where(b => b.AssessmentId == assessment.Id).OrderBy(b => b.BillNumber).ToListAsync();
        var views = new List<BillView>();
        foreach (var link in links)
        {
            views.AddRange((await billing.FindBySourceAsync(AssessmentBilling.ModuleName, $"{assessment.Number}/{views.Count + 1}"))
                .Where(v => v.Id == link.BillId));
        }
        return (IReadOnlyList<BillView>)views;
    });

    public Task<TaxAssessment> AssessmentAsync(string number) =>
        InScopeAsync((_, db) => db.Set<TaxAssessment>().AsNoTracking().SingleAsync(a => a.Number == number));

    public Task RunJobAsync(string job) =>
        Host.Services.GetRequiredService<TenantJobRunner>().RunAsync(job, Host.Clock.GetUtcNow(), CancellationToken.None);
}
