using LocalGov.Identity.Users;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Demo;

/// <summary>
/// Land-and-building and signboard tax in demo-city, made by the real services on the national schedule: appraisal
/// prices (three land zones, two building types, one condominium project), six owners with their parcels, buildings
/// and a unit, and this year's assessment of each. The demo resident (linked to their account, with their national
/// ID) owns their main home, exempt under 50 M baht, and a shop house taxed as "other" use, so they have a notice and
/// a bill to pay at /tax/my. A gold shop files its sign declaration (ภ.ป.1) at the counter and is assessed (ภ.ป.3);
/// the vacant-land company has paid, so the revenue dashboard has something collected. Skipped when the LAO has any
/// taxpayer.
/// </summary>
internal static class DemoTax
{
    public const string ShopHouseCode = "DC-SH-0001";

    public static async Task SeedAsync(IServiceProvider services, IReadOnlyList<TenantInfo> tenants)
    {
        foreach (var tenant in tenants.Where(t => t.Code == "demo-city" && On(t, LocalGov.Tax.Publishing.MyTaxes.FeatureName) && On(t, PaymentsContract.Feature)))
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
        if (await db.Set<TaxPayer>().AnyAsync())
        {
            return;
        }
        var registry = provider.GetRequiredService<TaxRegistry>();
        var year = BangkokTime.Today(provider.GetRequiredService<TimeProvider>()).Year;
        var resident = await provider.GetRequiredService<UserManager<LocalGovUser>>().FindByEmailAsync(DemoAccounts.Resident);
        var random = new Random(2562); // the same demo every time: the year of the Land and Building Tax Act

        var payers = new List<TaxPayer>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            // prices from 2023, the round of appraisal in force
            await registry.SetPriceAsync(PriceKind.LandZone, "DC-01", 2023, 25_000m, "ถนนห้วยแก้ว ริมถนนสายหลัก (ตัวอย่าง)", default);
            await registry.SetPriceAsync(PriceKind.LandZone, "DC-02", 2023, 12_000m, "ตำบลสุเทพ ในซอย (ตัวอย่าง)", default);
            await registry.SetPriceAsync(PriceKind.LandZone, "DC-AG", 2023, 800m, "ตำบลหนองป่าครั่ง ที่นา (ตัวอย่าง)", default);
            await registry.SetPriceAsync(PriceKind.BuildingType, "RH-01", 2023, 8_500m, "ตึกแถว / ห้องแถว (ตัวอย่าง)", default);
            await registry.SetPriceAsync(PriceKind.BuildingType, "HS-01", 2023, 7_500m, "บ้านเดี่ยว ตึก (ตัวอย่าง)", default);
            await registry.SetPriceAsync(PriceKind.CondoProject, "CD-NIMMAN", 2023, 60_000m, "อาคารชุดนิมมาน เรสซิเดนซ์ (ตัวอย่าง)", default);

            var somchai = await PayerAsync(registry, db, PayerKind.Person, "สมชาย ใจดี (ตัวอย่าง)", DemoAccounts.ResidentNationalId, DemoAccounts.Resident,
                "99 ซอยวัดอุโมงค์ ตำบลสุเทพ");
            if (resident is not null)
            {
                // the account that proved this payer's notice: set here so the demo resident sees their taxes at once
                db.Entry(somchai).Property(p => p.UserId).CurrentValue = resident.Id;
            }
            var malee = await PayerAsync(registry, db, PayerKind.Person, "มาลี ทองคำ (ตัวอย่าง)", Thai.ThaiNationalId.Generate(random), null,
                "12 ถนนห้วยแก้ว ตำบลสุเทพ");
            var anan = await PayerAsync(registry, db, PayerKind.Person, "อนันต์ ศรีสุข (ตัวอย่าง)", Thai.ThaiNationalId.Generate(random), "anan@example.com",
                "45 ถนนเชียงใหม่-ลำปาง ตำบลช้างเผือก");
            var boonma = await PayerAsync(registry, db, PayerKind.Person, "บุญมา ไร่ดี (ตัวอย่าง)", Thai.ThaiNationalId.Generate(random), null,
                "7 หมู่ 4 ตำบลหนองป่าครั่ง");
            var vacant = await PayerAsync(registry, db, PayerKind.Juristic, "บริษัท ที่ดินล้านนา จำกัด (ตัวอย่าง)",
                Thai.ThaiNationalId.Generate(random, Thai.ThaiIdCategory.NoRegistrationStatus), "account@lanna-land.example.com", "1 ถนนนิมมานเหมินท์ ตำบลสุเทพ");
            var gold = await PayerAsync(registry, db, PayerKind.Juristic, "ห้างหุ้นส่วนจำกัด ร้านทองเชียงใหม่ (ตัวอย่าง)",
                Thai.ThaiNationalId.Generate(random, Thai.ThaiIdCategory.NoRegistrationStatus), null, "20 ถนนช้างม่อย ตำบลช้างม่อย");
            payers.AddRange([somchai, malee, anan, boonma, vacant, gold]);

            // the resident's main home (land and house, in its house register): about 2 M baht, under the 50 M exemption
            await LandAsync(registry, "DC-L-0001", "99 ซอยวัดอุโมงค์", "สุเทพ", "DC-02", 0, 2, 0, [new(LandUse.MainHome, 200)], [Sole(somchai, home: true)]);
            await BuildingAsync(registry, "DC-B-0001", "99 ซอยวัดอุโมงค์", "HS-01", Materials.Masonry, 2012, 160, [new(LandUse.MainHome, 160)], [Sole(somchai, home: true)]);
            // the resident's shop house let to a noodle shop: "other" use, 0.3 %
            await LandAsync(registry, "DC-L-0002", "15 ถนนห้วยแก้ว", "สุเทพ", "DC-01", 0, 0, 24, [new(LandUse.Other, 24)], [Sole(somchai)]);
            await BuildingAsync(registry, ShopHouseCode, "15 ถนนห้วยแก้ว", "RH-01", Materials.Masonry, 2016, 180, [new(LandUse.Other, 180)], [Sole(somchai)]);
            // a condominium unit let out: other residential
            await registry.CreatePropertyAsync(new PropertyDetails("DC-U-0001", PropertyKind.CondoUnit, "อาคารชุดนิมมาน เรสซิเดนซ์ ชั้น 8", "สุเทพ", null, null,
                null, null, null, "CD-NIMMAN", null, 35, null, "88/812", [new(LandUse.ResidentialOther, 35)]), [Sole(malee)], default);
            // a house owned half and half: each owner is assessed on their share
            await LandAsync(registry, "DC-L-0003", "3 ซอยวัดเกตุ", "วัดเกต", "DC-02", 0, 1, 0, [new(LandUse.ResidentialOther, 100)],
                [new OwnerShare(anan.Id, 50, false), new OwnerShare(malee.Id, 50, false)]);
            // rice fields of a farmer: agricultural, within the individual's 50 M exemption
            await LandAsync(registry, "DC-L-0004", "หมู่ 4 ทุ่งนาหนองป่าครั่ง", "หนองป่าครั่ง", "DC-AG", 12, 0, 0, [new(LandUse.Agricultural, 4800)], [Sole(boonma)]);
            // land left empty for four years: 0.3 % plus 0.3 for each three years vacant
            await LandAsync(registry, "DC-L-0005", "ซอยนิมมานเหมินท์ 17", "สุเทพ", "DC-01", 0, 1, 50, [new(LandUse.Vacant, 150, YearsVacant: 4)], [Sole(vacant)]);
            // the gold shop on its own land
            await LandAsync(registry, "DC-L-0006", "20 ถนนช้างม่อย", "ช้างม่อย", "DC-01", 0, 0, 18, [new(LandUse.Other, 18)], [Sole(gold)]);
            await BuildingAsync(registry, "DC-B-0006", "20 ถนนช้างม่อย", "RH-01", Materials.Masonry, 2005, 120, [new(LandUse.Other, 120)], [Sole(gold)]);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var engine = provider.GetRequiredService<AssessmentEngine>();
        var assessments = new List<TaxAssessment>();
        foreach (var payer in payers)
        {
            assessments.Add(await engine.AssessOwnerAsync(payer.Id, year, "ประเมินประจำปี (ข้อมูลตัวอย่าง)", "demo", default));
        }

        // the gold shop files its signs at the counter and is assessed
        var signs = provider.GetRequiredService<SignTaxes>();
        var goldPayer = payers[^1];
        var declaration = await signs.DeclareAsync(goldPayer, year,
        [
            new SignEntry(null, new SignDetails("หน้าร้าน", "20 ถนนช้างม่อย ตำบลช้างม่อย", "ร้านทองเชียงใหม่ GOLD", 2, false, 300, 80, new DateOnly(year - 3, 6, 1))),
            new SignEntry(null, new SignDetails("ข้างอาคาร", "20 ถนนช้างม่อย ตำบลช้างม่อย", "ห้างทองเชียงใหม่", 1, false, 150, 50, new DateOnly(year - 1, 9, 15))),
        ], FilingChannel.Counter, null, default);
        await signs.AssessAsync(declaration.Number, "demo", default);

        // the vacant-land company has paid in full at the counter
        var paid = assessments[4];
        foreach (var bill in await db.Set<TaxBill>().Where(b => b.AssessmentId == paid.Id && !b.Cancelled).ToListAsync())
        {
            await provider.GetRequiredService<IPaymentTaking>().RecordAsync(bill.BillId, bill.Principal, PaymentChannel.Cash, null, null);
        }
    }

    private static OwnerShare Sole(TaxPayer payer, bool home = false) => new(payer.Id, 100, home);

    private static async Task<TaxPayer> PayerAsync(TaxRegistry registry, LocalGovDbContext db, PayerKind kind, string name, string id, string? email,
        string address)
    {
        var payer = await registry.CreatePayerAsync(new PayerDetails(kind, name, id, email, null, address), default);
        await db.SaveChangesAsync(); // properties check their owners on the register
        return payer;
    }

    private static Task LandAsync(TaxRegistry registry, string code, string location, string subdistrict, string zone, decimal rai, decimal ngan,
        decimal squareWa, IReadOnlyList<UsePart> uses, IReadOnlyList<OwnerShare> owners) =>
        registry.CreatePropertyAsync(new PropertyDetails(code, PropertyKind.Land, location, subdistrict, DeedType.Chanote, code[^4..], rai, ngan, squareWa,
            zone, null, null, null, null, uses), owners, default);

    private static Task BuildingAsync(TaxRegistry registry, string code, string location, string type, string material, int built, decimal floorArea,
        IReadOnlyList<UsePart> uses, IReadOnlyList<OwnerShare> owners) =>
        registry.CreatePropertyAsync(new PropertyDetails(code, PropertyKind.Building, location, null, null, null, null, null, null, type, material,
            floorArea, built, null, uses), owners, default);
}
