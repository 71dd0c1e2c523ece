using LocalGov.Payments.Contracts;
using LocalGov.Payments.PromptPay;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;

namespace LocalGov.Host.Demo;

/// <summary>A demo biller ID and one open bill in demo-city, so the cashier's counter has something to take.</summary>
internal static class DemoBills
{
    public const string PayerReference = "DEMO0001";
    public const string BillerId = "099400000000001"; // demo value: a real LAO enters its own tax ID + suffix

    public static async Task SeedAsync(IServiceProvider services, TenantInfo tenant)
    {
        if (!tenant.Features.TryGetValue(PaymentsContract.Feature, out var on) || !on)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
        var billing = scope.ServiceProvider.GetRequiredService<IBilling>();
        if ((await billing.FindByPayerAsync(PayerReference)).Count > 0)
        {
            return;
        }
        await scope.ServiceProvider.GetRequiredService<ISettingManager>().SetForTenantAsync(tenant.Id, BillQrCode.BillerIdSetting, BillerId);
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var today = BangkokTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var resident = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Identity.Users.LocalGovUser>>()
            .FindByEmailAsync(DemoAccounts.Resident);
        await billing.IssueAsync(new IssueBillRequest(
            new BillPayer("สมชาย ใจดี (ตัวอย่าง)", PayerReference, UserId: resident?.Id),
            new BillSource("Payments", "DEMO-1"),
            [new BillLineRequest("DEMO-FEE", "ค่าธรรมเนียมตัวอย่าง", 150m)],
            today.AddDays(30)));
        await transaction.CommitAsync();
    }
}
