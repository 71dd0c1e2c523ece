using LocalGov.Complaints;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Demo;

/// <summary>
/// Maps centred on the demo LAOs (Chiang Mai), and a few complaints in demo-city so the inbox, the public list and
/// the map have something to show: one new, one being worked, one resolved. Idempotent.
/// </summary>
internal static class DemoComplaints
{
    private static readonly Dictionary<string, string> Centres = new(StringComparer.Ordinal)
    {
        ["demo-city"] = "18.7883,98.9853",
        ["demo-town"] = "18.8400,98.9700",
        ["demo-sao"] = "18.7200,99.0300",
    };

    public static async Task SeedAsync(IServiceProvider services, IReadOnlyList<TenantInfo> tenants)
    {
        foreach (var tenant in tenants.Where(t => t.Features.TryGetValue(ComplaintsModule.FeatureName, out var on) && on))
        {
            await using var scope = services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
            if (Centres.TryGetValue(tenant.Code, out var centre) &&
                await scope.ServiceProvider.GetRequiredService<ISettingProvider>().GetAsync(ComplaintsSettings.MapCenter) == ComplaintsSettings.DefaultMapCenter)
            {
                await scope.ServiceProvider.GetRequiredService<ISettingManager>().SetForTenantAsync(tenant.Id, ComplaintsSettings.MapCenter, centre);
            }
            if (tenant.Code != "demo-city" || await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<Complaint>().AnyAsync())
            {
                continue;
            }
            var filing = scope.ServiceProvider.GetRequiredService<ComplaintFiling>();
            var actions = scope.ServiceProvider.GetRequiredService<ComplaintActions>();
            var caller = new Reporter(null, "ผู้แจ้งตัวอย่าง", null, "053-000-111");
            await filing.FileAsync(new FilingRequest("street-light", "ไฟฟ้าส่องสว่างดับ 3 ต้นติดกัน หน้าประตูท่าแพ (ตัวอย่าง)", 18.7877, 98.9933,
                "ถนนท่าแพ หน้าประตูท่าแพ", ComplaintChannel.Phone, caller));
            var road = await filing.FileAsync(new FilingRequest("road", "ถนนเป็นหลุมลึก น้ำขังเวลาฝนตก (ตัวอย่าง)", 18.7905, 98.9871,
                "ถนนราชดำเนิน ซอย 3", ComplaintChannel.WalkIn, caller));
            var garbage = await filing.FileAsync(new FilingRequest("garbage", "ขยะไม่ได้เก็บมา 1 สัปดาห์ (ตัวอย่าง)", 18.7850, 98.9820,
                "ถนนสามล้าน", ComplaintChannel.Phone, caller));
            var officer = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Identity.Users.LocalGovUser>>()
                .FindByEmailAsync(DemoAccounts.Staff("demo-city", "complaints-officer"));
            if (officer is null)
            {
                continue;
            }
            var name = officer.DisplayName.Length > 0 ? officer.DisplayName : officer.Email!;
            await actions.AssignAsync(road.Complaint.TrackingCode!, null, "กองช่าง", officer.Id, name, "ระบบตัวอย่าง", default);
            await actions.StartAsync(road.Complaint.TrackingCode!, null, "ช่างออกสำรวจแล้ว จะซ่อมภายในสัปดาห์นี้", name, default);
            await actions.AssignAsync(garbage.Complaint.TrackingCode!, null, "กองสาธารณสุขและสิ่งแวดล้อม", officer.Id, name, "ระบบตัวอย่าง", default);
            await actions.ResolveAsync(garbage.Complaint.TrackingCode!, null, "เก็บขยะเรียบร้อยแล้ว และเพิ่มรอบเก็บในซอยนี้", null, name, default);
        }
    }
}
