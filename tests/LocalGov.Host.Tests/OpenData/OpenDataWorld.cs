using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using LocalGov.Host.Tests.Complaints.Public;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Permits;
using LocalGov.Host.Tests.Tax;
using LocalGov.Host.Tests.WasteFees;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Review;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using LocalGov.Thai;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.OpenData;

/// <summary>
/// One LAO per host with every module that publishes (Complaints, Permits, Payments, Waste fees, Tax), filled
/// through the modules' own services with people whose names, national IDs, telephone numbers and e-mail
/// addresses are distinctive enough to search every published byte for: a complaint filed, resolved and rated, two
/// more filed; three food-premises notifications (one approved and paid, one rejected); six households billed for
/// waste this month (one paid); a landowner assessed and part paid.
/// </summary>
internal sealed class OpenDataWorld
{
    private static readonly ConditionalWeakTable<LocalGovHost, Lazy<Task<OpenDataWorld>>> Made = [];

    public required TenantInfo Lao { get; init; }

    /// <summary>Personal details of everyone seeded: none may appear in any published resource or document.</summary>
    public required IReadOnlyList<string> Secrets { get; init; }

    public const int Households = 6;
    public const int Complaints = 3;

    public static Task<OpenDataWorld> GetAsync(LocalGovHost host) =>
        Made.GetValue(host, h => new Lazy<Task<OpenDataWorld>>(() => CreateAsync(h))).Value;

    private static async Task<OpenDataWorld> CreateAsync(LocalGovHost host)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var secrets = new List<string>();
        var random = new Random(22);
        string NationalId()
        {
            var id = ThaiNationalId.Generate(random);
            secrets.Add(id);
            secrets.Add(ThaiNationalId.Format(id));
            return id;
        }
        string Phone()
        {
            var phone = $"08{random.Next(10_000_000, 99_999_999)}";
            secrets.Add(phone);
            secrets.Add($"{phone[..3]}-{phone[3..6]}-{phone[6..]}");
            return phone;
        }

        // Tax: an owner registered and assessed through the register and the assessment engine, then part paid
        var tax = await DashboardTaxWorld.CreateAsync(host, "Complaints", "Permits", "WasteFees");
        var lao = tax.Tenant;
        var ownerName = $"นางสาวเจ้าของที่ดิน ลับเฉพาะ{run}";
        var ownerEmail = People.NewEmail("landowner-secret");
        secrets.AddRange([ownerName, ownerEmail, ThaiNationalId.Generate(new Random(2201), ThaiIdCategory.ThaiBirthRegisteredOnTime)]);
        var assessment = await tax.OwnerAsync(PayerKind.Person, ownerName, ownerEmail, 2201, new UsePart(LandUse.Other, 400));
        var taxBill = (await tax.BillsAsync(assessment.Id)).First();
        await tax.PayAsync(taxBill.BillId, 1m);

        // Complaints: filed by a named reporter with e-mail and telephone, worked by a named officer
        var complaints = new ComplaintScenario(host, lao);
        secrets.AddRange(complaints.Secrets);
        var resolved = await complaints.FileAsync("road", $"ถนนหน้าบ้านเลขที่ 9 ชำรุด {run}");
        await complaints.ResolveAsync(resolved.Complaint.TrackingCode!);
        await complaints.RateAsync(resolved.Complaint.TrackingCode!, 5, resolved.AccessKey!);
        await complaints.FileAsync("road", $"หลุมบนถนนสาย 2 {run}", lat: 18.70, lng: 98.90);
        await complaints.FileAsync("street-light", $"ไฟดับหน้าวัด {run}", lat: 18.60, lng: 98.80);

        // Permits: three notifications by named applicants with ID, e-mail and phone; one approved and paid, one rejected
        var officer = await People.CreateAsync(host, People.NewEmail("officer"), UserKind.Staff, [RoleTemplates.TenantAdmin], lao.Id);
        var permits = new StatsWorld { Host = host, Tenant = lao, Officer = officer, Cashier = officer };
        var applications = new List<PermitApplication>();
        for (var i = 0; i < 3; i++)
        {
            var (name, email, id, phone) = ($"นายผู้ขออนุญาต ลับ{i}{run}", People.NewEmail($"applicant{i}-secret"), NationalId(), Phone());
            secrets.AddRange([name, email]);
            applications.Add(await permits.FileAsync(DefaultPermitTypes.FoodNotice, type => new ApplicationInput
            {
                ApplicantKind = "person",
                ApplicantName = name,
                ApplicantId = id,
                Email = email,
                Phone = phone,
                BusinessName = "ร้านข้าวแกง " + name,
                PremisesAddress = $"{i + 10} หมู่ 4 ตำบลสุเทพ",
                AreaSquareMetres = "30",
                FeeCategory = type.FeeCategories.FirstOrDefault()?.Code,
                Answers = new Dictionary<string, string?> { ["food"] = "ข้าวแกง" },
            }));
        }
        var permitBill = await permits.InScopeAsync(async (services, _) =>
            (await services.GetRequiredService<PermitReview>().ApproveAsync(applications[0].Number, null, null, "officer", default)).BillId!.Value);
        await tax.PayAsync(permitBill, 100m);
        await permits.InScopeAsync(async (services, _) =>
            await services.GetRequiredService<PermitReview>().RejectAsync(applications[1].Number, null, "สถานที่ไม่ผ่านเกณฑ์", "officer", default));

        // Waste: six households of zone Z1 with payer name, ID, phone and e-mail, billed this month, one paid
        var waste = new WasteWorld { Host = host, Tenant = lao, Admin = officer, Officer = officer, Collector = officer };
        var month = BillingPeriod.Of(LocalGov.Platform.Timing.BangkokTime.Today(host.Clock));
        for (var i = 0; i < Households; i++)
        {
            var (name, email) = ($"นางผู้ชำระค่าขยะ ลับ{i}{run}", People.NewEmail($"household{i}-secret"));
            secrets.AddRange([name, email]);
            await waste.AddPointAsync(WasteWorld.House($"{i + 1}/7", start: month.Plus(-1).First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                email: email) with { PayerName = name, PayerNationalId = NationalId(), PayerPhone = Phone() });
        }
        await waste.BillAsync(month);
        var wasteBill = (await waste.ChargesAsync()).First(c => c.BillId != null).BillId!.Value;
        await tax.PayAsync(wasteBill, 1m);

        return new OpenDataWorld { Lao = lao, Secrets = secrets };
    }
}
