using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.Review;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>
/// A fresh LAO with Permits and Payments (the default permit types seeded), a resident who applies through the real
/// pages, and the staff steps (approval, payment, revocation) through the real services inside the LAO. Personal
/// details are distinctive so public pages can be searched for them.
/// </summary>
internal sealed partial class PublicWorld
{
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6];

    public required LocalGovHost Host { get; init; }
    public required TenantInfo Lao { get; init; }
    public required LocalGovUser Resident { get; init; }

    public string ApplicantName { get; } = $"สมหญิง ลับเฉพาะ {Run}";
    public string ApplicantEmail { get; } = People.NewEmail("applicant-secret");
    public string ApplicantPhone { get; } = "08" + Random.Shared.Next(10000000, 99999999);
    public string NationalId { get; } = IdWithCheckDigit("1" + Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
    public string BusinessName { get; } = $"ร้านข้าวแกงป้าแดง {Run}";
    public string Address { get; } = $"99/{Random.Shared.Next(1, 999)} หมู่ 3 ตำบลสุเทพ";

    public string Path(string path) => $"/t/{Lao.Code}{path}";

    public static async Task<PublicWorld> CreateAsync(LocalGovHost host)
    {
        var code = "p" + Guid.NewGuid().ToString("N")[..10];
        var lao = await host.ProvisionAsync(code, $"เทศบาลตำบลทดสอบ {code}", $"Test Town {code}", ["Permits", "Payments"]);
        var resident = await People.CreateAsync(host, People.NewEmail("resident"), UserKind.Resident, []);
        return new PublicWorld { Host = host, Lao = lao, Resident = resident };
    }

    /// <summary>A browser-like client signed in as a resident (no LAO of their own).</summary>
    public FormClient As(LocalGovUser user) => Host.ClientAs(user.Id, null);

    public FormClient ResidentClient => As(Resident);

    /// <summary>A client of this LAO's staff with <paramref name="role"/>.</summary>
    public FormClient StaffClient(string role = RoleTemplates.BuildingOfficer)
    {
        var client = Host.AnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.For(Guid.NewGuid().ToString(), Lao.Id, role));
        return new FormClient(client);
    }

    public Task<T> InLaoAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work) =>
        Host.InTenantAsync(Lao, services => work(services, services.GetRequiredService<LocalGovDbContext>()));

    /// <summary>A food-premises notification as the form posts it; <paramref name="change"/> edits fields before posting.</summary>
    public List<(string Key, string Value)> FoodNotice(Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["applicant_kind"] = "person",
            ["applicant_name"] = ApplicantName,
            ["applicant_id"] = NationalId,
            ["email"] = ApplicantEmail,
            ["phone"] = ApplicantPhone,
            ["business_name"] = BusinessName,
            ["premises_address"] = Address,
            ["area"] = "48",
            ["answers[food]"] = "ข้าวแกง ก๋วยเตี๋ยว",
        };
        change?.Invoke(fields);
        return [.. fields.Select(f => (f.Key, f.Value))];
    }

    public static readonly byte[] Pdf = "%PDF-1.4\n% test document\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();

    /// <summary>A program's first bytes ("MZ"), as a renamed .exe would send.</summary>
    public static readonly byte[] Program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    public static byte[] Png() => TestImages.Png;

    public static (string Field, string FileName, byte[] Bytes)[] FoodNoticeFiles =>
        [("documents[id-copy]", "id-card.pdf", Pdf), ("documents[site-map]", "map.png", Png())];

    public Task<HttpResponseMessage> ApplyAsync(FormClient client, IEnumerable<(string Key, string Value)> fields,
        IEnumerable<(string Field, string FileName, byte[] Bytes)> files, string type = "food-notice") =>
        client.SubmitWithFilesAsync(Path($"/permits/{type}/apply"), fields, files);

    /// <summary>Files a food notification through the page as the resident; returns its number (from the redirect).</summary>
    public async Task<string> FileFoodNoticeAsync()
    {
        var response = await ApplyAsync(ResidentClient, FoodNotice(), FoodNoticeFiles);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = NumberInPath().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location.OriginalString);
        return match.Groups[1].Value;
    }

    public Task<PermitApplication> ApplicationAsync(string number) =>
        InLaoAsync((_, db) => db.Set<PermitApplication>().AsNoTracking().SingleAsync(a => a.Number == number));

    /// <summary>Staff approve (the food notification needs no inspection) and the bill is paid in full: BillPaid issues the permit.</summary>
    public async Task<Permit> IssueAsync(string number)
    {
        await InLaoAsync((services, _) => services.GetRequiredService<PermitReview>().ApproveAsync(number, null, "ล้างพื้นที่ปรุงอาหารทุกวัน", "เจ้าหน้าที่ทดสอบ", default));
        await PayAsync(number);
        var application = await ApplicationAsync(number);
        Assert.Equal(ApplicationStatus.Issued, application.Status);
        return await InLaoAsync((_, db) => db.Set<Permit>().AsNoTracking().SingleAsync(p => p.Id == application.PermitId));
    }

    public async Task PayAsync(string number)
    {
        var billId = (await ApplicationAsync(number)).BillId;
        Assert.NotNull(billId);
        await InLaoAsync(async (services, _) =>
        {
            var taking = services.GetRequiredService<IPaymentTaking>();
            var payable = await taking.FindPayableAsync(billId!.Value);
            return await taking.RecordAsync(billId.Value, payable!.Bill.DueAsOf.Total, PaymentChannel.Cash, payable.ConcurrencyStamp, null);
        });
    }

    public Task<int> ApplicationCountAsync() => InLaoAsync((_, db) => db.Set<PermitApplication>().CountAsync());

    /// <summary>A 13-digit ID with its mod-11 check digit (national ID and juristic tax ID alike).</summary>
    public static string IdWithCheckDigit(string twelve)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (twelve[i] - '0') * (13 - i);
        }
        return twelve + ((11 - (sum % 11)) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The text of the error shown beside <paramref name="field"/> (empty when none).</summary>
    public static string ErrorFor(string page, string field)
    {
        var match = Regex.Match(page, $"data-error-for=\"{Regex.Escape(System.Net.WebUtility.HtmlEncode(field))}\">([^<]*)<");
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    [GeneratedRegex(@"/permits/applications/(PMA-[0-9-]+)")]
    private static partial Regex NumberInPath();
}
