using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>An owner on an LAO's roll with one parcel, assessed for the current year: the notice number, the owner's ID and the claim code printed on the notice.</summary>
internal sealed record ResidentTaxOwner(TenantInfo Lao, Guid PayerId, string PayerCode, string NationalId, string Notice, string ClaimCode);

/// <summary>
/// LAOs with Tax and Payments, owners registered and assessed through the real services, and residents who use the
/// real pages. Each owner has a 100 square-wa parcel whose appraisal price sets its value.
/// </summary>
internal sealed class ResidentTaxWorld
{
    private static int _seed = Environment.TickCount;

    public required LocalGovHost Host { get; init; }
    public required TenantInfo Lao { get; init; }
    public required LocalGovUser Resident { get; init; }

    public int Year => BangkokTime.Today(Host.Clock).Year;

    public static async Task<ResidentTaxWorld> CreateAsync(LocalGovHost host)
    {
        var lao = await NewLaoAsync(host);
        var resident = await People.CreateAsync(host, People.NewEmail("tax-owner"), UserKind.Resident, []);
        return new ResidentTaxWorld { Host = host, Lao = lao, Resident = resident };
    }

    public static Task<TenantInfo> NewLaoAsync(LocalGovHost host)
    {
        var code = "x" + Guid.NewGuid().ToString("N")[..10];
        return host.ProvisionAsync(code, $"เทศบาลภาษีทดสอบ {code}", $"Tax Test Town {code}", ["Tax", "Payments"]);
    }

    public static string Path(TenantInfo lao, string path) => $"/t/{lao.Code}{path}";

    public string Path(string path) => Path(Lao, path);

    public FormClient ResidentClient => Host.ClientAs(Resident.Id, null);

    public FormClient As(LocalGovUser user) => Host.ClientAs(user.Id, null);

    public static string NewNationalId() => ThaiNationalId.Generate(new Random(Interlocked.Increment(ref _seed)));

    /// <summary>Registers an owner with a 100 sq wa parcel worth <paramref name="value"/> used as <paramref name="use"/>, and assesses them now.</summary>
    public async Task<ResidentTaxOwner> OwnerAsync(decimal value, LandUse use = LandUse.MainHome, TenantInfo? lao = null, string? nationalId = null)
    {
        lao ??= Lao;
        var id = nationalId ?? NewNationalId();
        var zone = "Z" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var year = Year;
        return await Host.InTenantAsync(lao, async services =>
        {
            var db = services.GetRequiredService<LocalGovDbContext>();
            var registry = services.GetRequiredService<TaxRegistry>();
            TaxPayer payer;
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await registry.SetPriceAsync(PriceKind.LandZone, zone, year, value / 100m, "ซอยทดสอบ", default);
                payer = await registry.CreatePayerAsync(new PayerDetails(PayerKind.Person, "นางสาวมาลี ใจดี", id, null, null, "12 หมู่ 3"), default);
                await db.SaveChangesAsync();
                await registry.CreatePropertyAsync(new PropertyDetails(null, PropertyKind.Land, "12 หมู่ 3 ซอยทดสอบ", "ในเมือง", DeedType.Chanote, "4521",
                    0, 1, 0, zone, null, null, null, null, [new UsePart(use, 100)]), [new OwnerShare(payer.Id, 100, true)], default);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
            var assessment = await services.GetRequiredService<AssessmentEngine>().AssessOwnerAsync(payer.Id, year, "ประเมินทดสอบ", "test", default);
            return new ResidentTaxOwner(lao, payer.Id, payer.Code, id, assessment.Number, payer.ClaimCode);
        });
    }

    /// <summary>Links the owner's record to <paramref name="client"/>'s account through the page.</summary>
    public async Task<HttpResponseMessage> LinkAsync(FormClient client, ResidentTaxOwner owner, string? code = null) =>
        await client.SubmitAsync(Path(owner.Lao, "/tax/my/link"), ("Notice", owner.Notice), ("ClaimCode", code ?? owner.ClaimCode));

    public Task<T> InLaoAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work, TenantInfo? lao = null) =>
        Host.InTenantAsync(lao ?? Lao, services => work(services, services.GetRequiredService<LocalGovDbContext>()));

    public Task<TaxAssessment> AssessmentAsync(string number, TenantInfo? lao = null) =>
        InLaoAsync((_, db) => db.Set<TaxAssessment>().AsNoTracking().SingleAsync(a => a.Number == number), lao);

    public Task<TaxPayer> PayerAsync(Guid id, TenantInfo? lao = null) =>
        InLaoAsync((_, db) => db.Set<TaxPayer>().AsNoTracking().SingleAsync(p => p.Id == id), lao);

    /// <summary>The text of the error shown beside <paramref name="field"/> (empty when none).</summary>
    public static string ErrorFor(string page, string field)
    {
        var match = Regex.Match(page, $"data-error-for=\"{Regex.Escape(System.Net.WebUtility.HtmlEncode(field))}\">([^<]*)<");
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }
}
