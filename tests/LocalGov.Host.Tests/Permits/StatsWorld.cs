using LocalGov.Host.Demo;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>
/// A fresh LAO with Permits and Payments (the default permit types seeded), a building officer (who may read the
/// statistics) and a cashier (who may not). Applications are filed through the same checks and services as the forms.
/// </summary>
internal sealed class StatsWorld
{
    public required LocalGovHost Host { get; init; }
    public required TenantInfo Tenant { get; init; }
    public required LocalGovUser Officer { get; init; }
    public required LocalGovUser Cashier { get; init; }

    public string Path(string path) => $"/t/{Tenant.Code}{path}";

    public static async Task<StatsWorld> CreateAsync(LocalGovHost host)
    {
        var code = "ps" + Guid.NewGuid().ToString("N")[..10];
        var tenant = await host.ProvisionAsync(code, $"เทศบาลทดสอบ {code}", $"Test Municipality {code}", ["Permits", "Payments"]);
        var officer = await People.CreateAsync(host, People.NewEmail("building"), UserKind.Staff, [RoleTemplates.BuildingOfficer], tenant.Id);
        var cashier = await People.CreateAsync(host, People.NewEmail("cashier"), UserKind.Staff, [RoleTemplates.Cashier], tenant.Id);
        return new StatsWorld { Host = host, Tenant = tenant, Officer = officer, Cashier = cashier };
    }

    public FormClient As(LocalGovUser user, string role) => Host.ClientAs(user.Id, Tenant.Id, role);

    public FormClient OfficerClient => As(Officer, RoleTemplates.BuildingOfficer);
    public FormClient CashierClient => As(Cashier, RoleTemplates.Cashier);

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work) =>
        Host.InTenantAsync(Tenant, services => work(services, services.GetRequiredService<LocalGovDbContext>()));

    /// <summary>Files a counter application of <paramref name="typeCode"/> for <paramref name="applicant"/>; a bad input fails the test with its errors.</summary>
    public Task<PermitApplication> FileAsync(string typeCode, string applicant, string area, params (string Key, string Value)[] answers) =>
        FileAsync(typeCode, type => new ApplicationInput
        {
            ApplicantKind = "person",
            ApplicantName = applicant,
            ApplicantId = LocalGov.Thai.ThaiNationalId.Generate(Random.Shared),
            BusinessName = "กิจการของ " + applicant,
            PremisesAddress = "99 หมู่ 1 ตำบลสุเทพ",
            AreaSquareMetres = area,
            FeeCategory = type.FeeCategories.FirstOrDefault()?.Code,
            Answers = answers.ToDictionary(a => a.Key, a => (string?)a.Value),
        });

    /// <summary>Files a counter application of <paramref name="typeCode"/> with the input <paramref name="input"/> makes for its type.</summary>
    public Task<PermitApplication> FileAsync(string typeCode, Func<PermitType, ApplicationInput> input) =>
        InScopeAsync(async (services, db) =>
        {
            var type = await db.Set<PermitType>().SingleAsync(t => t.Code == typeCode);
            var (details, errors) = ApplicationDetails.Validate(input(type), type, emailRequired: false);
            Assert.True(details is not null, string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message.En}")));
            var documents = type.Documents.Where(d => d.Required)
                .Select(d => new CheckedDocument(d.Code, d.Code + ".pdf", "application/pdf", DemoPermits.SamplePdf(d.NameEn))).ToList();
            return await services.GetRequiredService<PermitFiling>().SubmitAsync(
                new FilingRequest(type, details!, documents, ApplicationChannel.Counter, null, "test counter", "th"));
        });
}
