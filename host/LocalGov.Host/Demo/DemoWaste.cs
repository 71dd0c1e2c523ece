using System.Globalization;
using LocalGov.Payments.Contracts;
using LocalGov.Payments.PromptPay;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.Thai;
using LocalGov.WasteFees;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Demo;

/// <summary>
/// Waste fees for the demo LAOs that have them: 30 service points over two zones and three routes (a few exempt,
/// a few with email addresses), billed for the last two months and this one by the real billing engine, most of
/// the oldest month and some of last month paid through Payments, so the collector's routes, the residents' page,
/// the reminders and the reports all have something to show. Skipped when the LAO has points already.
/// </summary>
internal static class DemoWaste
{
    private const int Points = 30;

    private static readonly Dictionary<string, string> BillerIds = new(StringComparer.Ordinal)
    {
        ["demo-city"] = DemoBills.BillerId,
        ["demo-town"] = "099400000000201", // demo value, as DemoBills's
    };

    private static readonly string[] Payers =
    [
        "สมชาย ใจดี", "สมหญิง รักสงบ", "ประเสริฐ บุญมา", "วันเพ็ญ แสงทอง", "อนันต์ ศรีสุข", "มาลี ทองคำ", "สุรชัย คำแก้ว", "บุญเรือน ปัญญา",
        "ณัฐพล อินทร์แก้ว", "พรทิพย์ จันทร์หอม", "ชัยวัฒน์ สายสุข", "จันทร์เพ็ญ ดวงดี", "ธนากร มั่นคง", "ศรีนวล ใจงาม", "วิชัย ทาคำ",
    ];

    private static readonly string[] Shops = ["ร้านข้าวซอยป้าแดง", "ร้านกาแฟดอยหลวง", "มินิมาร์ทสุขใจ", "ร้านตัดผมหนุ่มเหนือ", "ร้านก๋วยเตี๋ยวลุงชัย"];

    public static async Task SeedAsync(IServiceProvider services, IReadOnlyList<TenantInfo> tenants)
    {
        foreach (var tenant in tenants.Where(t => On(t, WasteFeesModule.FeatureName) && On(t, PaymentsContract.Feature)))
        {
            await SeedTenantAsync(services, tenant);
        }
    }

    private static bool On(TenantInfo tenant, string feature) => tenant.Features.TryGetValue(feature, out var on) && on;

    private static async Task SeedTenantAsync(IServiceProvider services, TenantInfo tenant)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        using var _ = provider.GetRequiredService<ICurrentTenant>().Change(tenant);
        var db = provider.GetRequiredService<LocalGovDbContext>();
        if (await db.Set<ServicePoint>().AnyAsync())
        {
            return;
        }
        if (string.IsNullOrEmpty(await provider.GetRequiredService<ISettingProvider>().GetAsync(BillQrCode.BillerIdSetting))
            && BillerIds.TryGetValue(tenant.Code, out var billerId))
        {
            await provider.GetRequiredService<ISettingManager>().SetForTenantAsync(tenant.Id, BillQrCode.BillerIdSetting, billerId);
        }

        var registry = provider.GetRequiredService<ServicePointRegistry>();
        var classes = await registry.FeeClassesByCodeAsync(default);
        var vault = provider.GetRequiredService<IPersonalDataVault>();
        var random = new Random(2569 + tenant.Code.Length); // the same demo every time
        var subdistrict = tenant.Code == "demo-city" ? "ศรีภูมิ" : "สันผักหวาน";
        var details = new List<ServicePointDetails>(Points);
        for (var i = 1; i <= Points; i++)
        {
            var route = i <= 12 ? "R1" : i <= 22 ? "R2" : "R3";
            var shop = i % 6 == 0;
            var input = new ServicePointInput
            {
                HouseCode = ThaiHouseCode.Generate(random),
                HouseNo = string.Create(CultureInfo.InvariantCulture, $"{10 + i * 3}/{1 + i % 4}"),
                Moo = route == "R3" ? "5" : "2",
                Soi = route == "R1" ? "วัดเกตุ" : route == "R2" ? "สันติธรรม 3" : null,
                Road = route == "R3" ? "เชียงใหม่-ลำปาง" : "ห้วยแก้ว",
                Subdistrict = subdistrict,
                PlaceName = shop ? Shops[i / 6 % Shops.Length] : null,
                PayerName = i <= Payers.Length ? Payers[i - 1] : $"{Payers[i - Payers.Length - 1].Split(' ')[0]} {Payers[i * 7 % Payers.Length].Split(' ')[1]}",
                PayerPhone = string.Create(CultureInfo.InvariantCulture, $"08{1 + i % 9}-{100 + i:000}-{2000 + i * 7:0000}"),
                PayerEmail = i % 5 == 1 ? string.Create(CultureInfo.InvariantCulture, $"house{i:00}@example.com") : null,
                FeeClass = shop ? "SHOP" : "HOUSE",
                Zone = route == "R3" ? "Z2" : "Z1",
                Route = route,
                RouteOrder = (i * 10).ToString(CultureInfo.InvariantCulture),
                StartDate = "2025-01-01",
                ExemptReason = i % 10 == 7 ? "ผู้ถือบัตรสวัสดิการแห่งรัฐ (ตัวอย่าง)" : null,
                ExemptEvidence = i % 10 == 7 ? "ตรวจบัตรแล้ว (ตัวอย่าง)" : null,
                ExemptFrom = i % 10 == 7 ? "2025-01-01" : null,
            };
            var (checkedDetails, errors) = ServicePointDetails.Validate(input, classes, vault);
            details.Add(checkedDetails ?? throw new InvalidOperationException(
                $"Demo service point {i}: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message.En}"))}"));
        }
        await registry.CreateManyAsync(details, default);

        var engine = provider.GetRequiredService<BillingEngine>();
        var current = BillingPeriod.Of(BangkokTime.Today(provider.GetRequiredService<TimeProvider>()));
        foreach (var period in new[] { current.Plus(-2), current.Plus(-1), current })
        {
            var run = await engine.ClaimAsync(period, "demo", default);
            await engine.ExecuteAsync(run.Id);
        }

        // most of the oldest month paid, a third of last month, one bill in part: the rest is what the collector goes out for
        var taking = provider.GetRequiredService<IPaymentTaking>();
        var charges = await db.Set<WasteCharge>().AsNoTracking().Where(c => c.BillId != null).OrderBy(c => c.Period)
            .Join(db.Set<ServicePoint>(), c => c.ServicePointId, p => p.Id, (c, p) => new { c.BillId, c.Period, p.RouteOrder })
            .ToListAsync();
        foreach (var charge in charges)
        {
            var order = charge.RouteOrder / 10;
            var pay = charge.Period == current.Plus(-2).Key ? order % 4 != 0
                : charge.Period == current.Plus(-1).Key && order % 3 == 0;
            if (!pay || await taking.FindPayableAsync(charge.BillId!.Value) is not { } payable)
            {
                continue;
            }
            var amount = order == 9 ? Math.Round(payable.Bill.DueAsOf.Total / 2, 2) : payable.Bill.DueAsOf.Total;
            await taking.RecordAsync(payable.Bill.Id, amount, order % 2 == 0 ? PaymentChannel.Cash : PaymentChannel.PromptPay,
                payable.ConcurrencyStamp, null);
            // each payment leaves its bill, lines and receipt tracked: without this every later save re-scans them all
            db.ChangeTracker.Clear();
        }
    }
}
