using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>
/// A fresh LAO with Permits and Payments (the default permit types seeded), a building officer and a resident.
/// Applications go through the same validation and filing as the online form.
/// </summary>
internal sealed class PermitWorld
{
    public const string ValidNationalId = "1112034563562";

    public required LocalGovHost Host { get; init; }
    public required TenantInfo Tenant { get; init; }
    public required LocalGovUser Officer { get; init; }
    public required LocalGovUser Resident { get; init; }

    public static async Task<PermitWorld> CreateAsync(LocalGovHost host)
    {
        var code = "p" + Guid.NewGuid().ToString("N")[..10];
        var tenant = await host.ProvisionAsync(code, $"เทศบาลทดสอบ {code}", $"Test Municipality {code}", ["Permits", "Payments"]);
        var officer = await People.CreateAsync(host, People.NewEmail("building"), UserKind.Staff, [RoleTemplates.BuildingOfficer], tenant.Id);
        var resident = await People.CreateAsync(host, People.NewEmail("resident"), UserKind.Resident, [], null);
        return new PermitWorld { Host = host, Tenant = tenant, Officer = officer, Resident = resident };
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work) =>
        Host.InTenantAsync(Tenant, services => work(services, services.GetRequiredService<LocalGovDbContext>()));

    public static ApplicationInput Shop(string email, string area = "80") => new()
    {
        ApplicantKind = "person",
        ApplicantName = "สมศรี ใจดี",
        ApplicantId = ValidNationalId,
        Email = email,
        Phone = "0812345678",
        BusinessName = "ร้านข้าวแกงสมศรี",
        PremisesAddress = "12 หมู่ 3 ตำบลสุเทพ",
        AreaSquareMetres = area,
        Answers = new Dictionary<string, string?> { ["food"] = "ข้าวแกง", ["work"] = "ก่อสร้าง / build", ["storeys"] = "2", ["use"] = "พักอาศัย", ["seats"] = "40" },
    };

    /// <summary>Files an online application of <paramref name="typeCode"/> for the resident; a bad input fails the test with its errors.</summary>
    public Task<PermitApplication> FileAsync(string typeCode, ApplicationInput input) => InScopeAsync(async (services, db) =>
    {
        var type = await db.Set<PermitType>().SingleAsync(t => t.Code == typeCode);
        var (details, errors) = ApplicationDetails.Validate(input, type, emailRequired: true);
        Assert.True(details is not null, string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message.En}")));
        return await services.GetRequiredService<PermitFiling>().SubmitAsync(new FilingRequest(type, details!, [], ApplicationChannel.Online,
            Resident.Id, null, "th"));
    });

    public Task<PermitApplication> ApplicationAsync(string number) =>
        InScopeAsync((_, db) => db.Set<PermitApplication>().AsNoTracking().SingleAsync(a => a.Number == number));

    public Task RunJobAsync(string job) =>
        Host.Services.GetRequiredService<TenantJobRunner>().RunAsync(job, Host.Clock.GetUtcNow(), CancellationToken.None);

    public async Task<List<OutboxEmail>> MailsAsync(string to)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<OutboxEmail>().AsNoTracking()
            .Where(m => m.To == to).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Pays a bill's whole amount due today, as PromptPay would.</summary>
    public Task<TakenPayment> PayAsync(Guid billId, decimal? amount = null) => InScopeAsync(async (services, _) =>
    {
        var taking = services.GetRequiredService<IPaymentTaking>();
        var payable = (await taking.FindPayableAsync(billId))!;
        return await taking.RecordAsync(billId, amount ?? payable.Bill.DueAsOf.Total, PaymentChannel.PromptPay, payable.ConcurrencyStamp, null);
    });
}
