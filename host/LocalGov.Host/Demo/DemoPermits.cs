using System.Globalization;
using System.Text;
using LocalGov.Identity.Users;
using LocalGov.Payments.Contracts;
using LocalGov.Permits;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Review;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Demo;

/// <summary>
/// Permits in demo-city, made by the real services: the demo resident's food-premises notification, approved and
/// paid through Payments so that its payment issued the permit (they see it in /my/permits and can print the
/// certificate); a building permit accepted and in review with a site inspection booked; and a few applications of
/// the last weeks (approved in time, approved late, rejected, withdrawn) so the queue, the register and the
/// statistics have something to show. Earlier days are reached by handing the permit services a clock set back
/// (their own <see cref="TimeProvider"/>), never by writing dates into rows; Payments keeps the real clock, so
/// every fee is paid, and every permit issued, today. Skipped when the LAO has any application.
/// </summary>
internal static class DemoPermits
{
    public const string ShopName = "ร้านข้าวซอยป้าแดง (ตัวอย่าง)";

    public static async Task SeedAsync(IServiceProvider services, IReadOnlyList<TenantInfo> tenants)
    {
        foreach (var tenant in tenants.Where(t => t.Code == "demo-city" && On(t, PermitsModule.FeatureName) && On(t, PaymentsContract.Feature)))
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
        if (await db.Set<PermitApplication>().AnyAsync())
        {
            return;
        }
        var users = provider.GetRequiredService<UserManager<LocalGovUser>>();
        var resident = await users.FindByEmailAsync(DemoAccounts.Resident);
        var officer = await users.FindByEmailAsync(DemoAccounts.Staff(tenant.Code, "building-officer"));
        var officerName = officer is { DisplayName.Length: > 0 } ? officer.DisplayName : DemoAccounts.Staff(tenant.Code, "building-officer");
        var demo = new Demo(provider, db, provider.GetRequiredService<TimeProvider>(), officerName);
        var random = new Random(2558); // the same demo every time: the year of the Licensing Facilitation Act

        // the last weeks: a notification approved in two days; a health-hazard licence inspected and approved after its
        // 30 days; a notification rejected; a building permit withdrawn
        var quick = await demo.FileAsync(40, DefaultPermitTypes.FoodNotice, Person("มาลี ทองคำ (ตัวอย่าง)", random, "ร้านกาแฟดอยหลวง (ตัวอย่าง)",
            "12 ถนนห้วยแก้ว ตำบลสุเทพ", "25", ("food", "กาแฟและเบเกอรี่")));
        await demo.ApproveAndPayAsync(38, quick);
        var slow = await demo.FileAsync(36, DefaultPermitTypes.HealthHazard, Person("อนันต์ ศรีสุข (ตัวอย่าง)", random, "อู่ซ่อมรถอนันต์ (ตัวอย่าง)",
            "45 ถนนเชียงใหม่-ลำปาง ตำบลช้างเผือก", null, ("activity", "การซ่อมรถยนต์")) with { FeeCategory = "small" });
        await demo.AcceptAsync(35, slow);
        await demo.InspectAsync(34, 30, slow, passed: true);
        await demo.ApproveAndPayAsync(4, slow);
        var refused = await demo.FileAsync(25, DefaultPermitTypes.FoodNotice, Person("สุรชัย คำแก้ว (ตัวอย่าง)", random, "ร้านหมูกระทะริมคลอง (ตัวอย่าง)",
            "3 ซอยวัดเกตุ ตำบลวัดเกต", "180", ("food", "หมูกระทะ")));
        await demo.StepAsync(24, review => review.RejectAsync(refused.Number, null,
            "ที่ตั้งร้านอยู่ในเขตห้ามจำหน่ายอาหารตามข้อบัญญัติท้องถิ่น (ตัวอย่าง)", officerName, default));
        var withdrawn = await demo.FileAsync(20, DefaultPermitTypes.Building, Building(Person("บุญเรือน ปัญญา (ตัวอย่าง)", random, "ต่อเติมโรงจอดรถ (ตัวอย่าง)",
            "88 หมู่ 2 ตำบลหนองป่าครั่ง", "36"), "ดัดแปลง / alter", "1", "โรงจอดรถ"));
        await demo.StepAsync(15, review => review.WithdrawAsync(withdrawn.Number, null, default));

        // the demo resident's shop: filed online, approved, paid today: the payment issues the permit
        var shop = new ApplicationInput
        {
            ApplicantKind = "person",
            ApplicantName = "สมชาย ใจดี (ตัวอย่าง)",
            ApplicantId = DemoAccounts.ResidentNationalId,
            Email = DemoAccounts.Resident,
            Phone = "081-234-5678",
            BusinessName = ShopName,
            PremisesAddress = "7 ถนนราชดำเนิน ตำบลศรีภูมิ อำเภอเมืองเชียงใหม่",
            AreaSquareMetres = "48",
            Answers = new Dictionary<string, string?> { ["food"] = "ข้าวซอยและอาหารเหนือ" },
        };
        var issued = await demo.FileAsync(5, DefaultPermitTypes.FoodNotice, shop, resident?.Id);
        await demo.AcceptAsync(4, issued);
        await demo.ApproveAndPayAsync(3, issued);

        // a building permit in review: accepted, the site inspection booked for next week
        var building = await demo.FileAsync(3, DefaultPermitTypes.Building, Building(Person("ประเสริฐ บุญมา (ตัวอย่าง)", random, "บ้านพักอาศัย 2 ชั้น (ตัวอย่าง)",
            "150 หมู่ 5 ตำบลสันผีเสื้อ", "160"), "ก่อสร้าง / build", "2", "บ้านพักอาศัย"));
        await demo.AcceptAsync(2, building);
        await demo.InspectAsync(2, -4, building, passed: null);
    }

    private static ApplicationInput Person(string name, Random random, string business, string address, string? area,
        params (string Key, string Value)[] answers) => new()
    {
        ApplicantKind = "person",
        ApplicantName = name,
        ApplicantId = Thai.ThaiNationalId.Generate(random),
        BusinessName = business,
        PremisesAddress = address + " อำเภอเมืองเชียงใหม่",
        AreaSquareMetres = area,
        Answers = answers.ToDictionary(a => a.Key, a => (string?)a.Value),
    };

    private static ApplicationInput Building(ApplicationInput input, string work, string storeys, string use) => input with
    {
        Answers = new Dictionary<string, string?> { ["work"] = work, ["storeys"] = storeys, ["use"] = use },
    };

    /// <summary>
    /// A small, valid one-page PDF (header %PDF-1.4, catalog, page, content stream, cross-reference table) with a
    /// line of text: a stand-in for a scanned document in demo applications.
    /// </summary>
    public static byte[] SamplePdf(string title)
    {
        var text = new string([.. title.Where(c => c is >= ' ' and <= '~' and not '(' and not ')' and not '\\')]);
        var stream = $"BT /F1 14 Tf 72 770 Td (Sample document - {text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>
    /// The permit services as they were some days ago: each step is made by <see cref="PermitFiling"/> or
    /// <see cref="PermitReview"/> built with a clock that many days back; the fee is paid through Payments today.
    /// </summary>
    private sealed class Demo(IServiceProvider provider, LocalGovDbContext db, TimeProvider clock, string officer)
    {
        public async Task<PermitApplication> FileAsync(int daysAgo, string typeCode, ApplicationInput input, Guid? userId = null)
        {
            var type = await db.Set<PermitType>().SingleAsync(t => t.Code == typeCode);
            var (details, errors) = ApplicationDetails.Validate(input, type, emailRequired: userId is not null);
            if (details is null)
            {
                throw new InvalidOperationException($"Demo application {input.BusinessName}: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message.En}"))}");
            }
            var documents = type.Documents.Where(d => d.Required)
                .Select(d => new CheckedDocument(d.Code, d.Code + ".pdf", "application/pdf", SamplePdf(d.NameEn)))
                .ToList();
            var online = userId is not null;
            return await ActivatorUtilities.CreateInstance<PermitFiling>(provider, Back(daysAgo)).SubmitAsync(new FilingRequest(
                type, details, documents, online ? ApplicationChannel.Online : ApplicationChannel.Counter, userId,
                online ? null : officer, "th"));
        }

        public Task StepAsync(int daysAgo, Func<PermitReview, Task> step) =>
            step(ActivatorUtilities.CreateInstance<PermitReview>(provider, Back(daysAgo)));

        public Task AcceptAsync(int daysAgo, PermitApplication application) =>
            StepAsync(daysAgo, review => review.AcceptAsync(application.Number, null, officer, default));

        /// <summary>Books a site visit <paramref name="daysAgo"/> for <paramref name="onDaysAgo"/> (negative: ahead) and, with a result, records it then.</summary>
        public async Task InspectAsync(int daysAgo, int onDaysAgo, PermitApplication application, bool? passed)
        {
            Inspection? inspection = null;
            await StepAsync(daysAgo, async review => inspection = await review.ScheduleInspectionAsync(application.Number, null,
                BangkokTime.Today(clock).AddDays(-onDaysAgo), officer, officer, default));
            if (passed is { } result)
            {
                var type = await db.Set<PermitType>().SingleAsync(t => t.Id == application.PermitTypeId);
                await StepAsync(onDaysAgo, review => review.RecordInspectionAsync(inspection!.Id, null,
                    [.. type.Checklist.Select(item => new ChecklistAnswer(item, result, null))],
                    result ? "เรียบร้อยตามรายการตรวจ (ตัวอย่าง)" : "ต้องแก้ไขตามรายการ (ตัวอย่าง)", [], officer, default));
            }
        }

        /// <summary>Approves on that day and pays the fee bill today: Payments' BillPaid issues the permit.</summary>
        public async Task ApproveAndPayAsync(int daysAgo, PermitApplication application)
        {
            await StepAsync(daysAgo, review => review.ApproveAsync(application.Number, null, null, officer, default));
            if (application.BillId is { } billId)
            {
                await provider.GetRequiredService<IPaymentTaking>().RecordAsync(billId, application.Fee ?? 0m,
                    PaymentChannel.PromptPay, null, null);
            }
        }

        private ShiftedClock Back(int days) => new(clock, TimeSpan.FromDays(-days));
    }

    /// <summary>The host's clock moved by a fixed offset.</summary>
    private sealed class ShiftedClock(TimeProvider clock, TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => clock.GetUtcNow() + offset;
    }
}
