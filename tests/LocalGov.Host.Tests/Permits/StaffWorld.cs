using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>
/// A fresh LAO with Permits and Payments (the default permit types seeded), a supervisor (tenant admin) and a
/// building officer who are real accounts, and clients acting as them. Applications are filed through
/// <see cref="PermitFiling"/>, as the online form does.
/// </summary>
internal sealed partial class StaffWorld
{
    public required LocalGovHost Host { get; init; }
    public required TenantInfo Tenant { get; init; }
    public required LocalGovUser Supervisor { get; init; }
    public required LocalGovUser Officer { get; init; }

    public string Path(string path) => $"/t/{Tenant.Code}{path}";

    public static async Task<StaffWorld> CreateAsync(LocalGovHost host)
    {
        var code = "p" + Guid.NewGuid().ToString("N")[..10];
        var tenant = await host.ProvisionAsync(code, $"เทศบาลทดสอบ {code}", $"Test Municipality {code}", ["Permits", "Payments"]);
        var supervisor = await People.CreateAsync(host, People.NewEmail("supervisor"), UserKind.Staff, [RoleTemplates.TenantAdmin], tenant.Id);
        var officer = await People.CreateAsync(host, People.NewEmail("officer"), UserKind.Staff, [RoleTemplates.BuildingOfficer], tenant.Id);
        return new StaffWorld { Host = host, Tenant = tenant, Supervisor = supervisor, Officer = officer };
    }

    public FormClient As(LocalGovUser user, string role) => Host.ClientAs(user.Id, Tenant.Id, role);

    public FormClient SupervisorClient => As(Supervisor, RoleTemplates.TenantAdmin);
    public FormClient OfficerClient => As(Officer, RoleTemplates.BuildingOfficer);

    public static string NewNationalId() => ThaiNationalId.Generate(Random.Shared);

    /// <summary>A valid application for <paramref name="typeCode"/> (the default types' fields filled in).</summary>
    public static ApplicationInput Input(string typeCode, string? email, string business = "ร้านข้าวแกงป้าศรี") => new()
    {
        ApplicantKind = "person",
        ApplicantName = "นางศรี ใจดี",
        ApplicantId = NewNationalId(),
        Email = email,
        Phone = "0812345678",
        BusinessName = business,
        PremisesAddress = "12 ถนนท่าแพ ตำบลช้างคลาน อำเภอเมืองเชียงใหม่",
        AreaSquareMetres = typeCode == DefaultPermitTypes.FoodNotice ? "80" : "250",
        FeeCategory = "small",
        Answers = new Dictionary<string, string?> { ["food"] = "ข้าวแกง", ["activity"] = "ร้านซ่อมรถ", ["seats"] = "40", ["work"] = "ก่อสร้าง / build", ["storeys"] = "2", ["use"] = "พักอาศัย" },
    };

    /// <summary>Files an application as the online form would, with a copy of the ID card attached.</summary>
    public Task<PermitApplication> FileAsync(string typeCode = DefaultPermitTypes.FoodNotice, string? email = null, string business = "ร้านข้าวแกงป้าศรี") =>
        InScopeAsync(async (services, db) =>
        {
            var type = await db.Set<PermitType>().SingleAsync(t => t.Code == typeCode);
            var (details, errors) = ApplicationDetails.Validate(Input(typeCode, email, business), type, emailRequired: false);
            Assert.True(details is not null, string.Join("; ", errors.Select(e => e.Field + ": " + e.Message.En)));
            return await services.GetRequiredService<PermitFiling>().SubmitAsync(new FilingRequest(type, details!,
                [new CheckedDocument("id-copy", "id.pdf", "application/pdf", Pdf)], ApplicationChannel.Online, null, null, "th"));
        });

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work) =>
        Host.InTenantAsync(Tenant, services => work(services, services.GetRequiredService<LocalGovDbContext>()));

    public Task<PermitApplication> ReloadAsync(string number) =>
        InScopeAsync((_, db) => db.Set<PermitApplication>().AsNoTracking().SingleAsync(a => a.Number == number));

    public Task<List<ApplicationEvent>> TimelineAsync(Guid id) =>
        InScopeAsync((_, db) => db.Set<ApplicationEvent>().AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync());

    /// <summary>The application's concurrency stamp as the case page shows it.</summary>
    public static string Stamp(string page) => StampPattern().Match(page).Groups[1].Value;

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF"u8.ToArray();
    public static readonly byte[] Jpeg = TestImages.Jpeg;

    [GeneratedRegex("data-stamp=\"([0-9a-f]+)\"")]
    private static partial Regex StampPattern();
}
