using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.PromptPay;
using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Settings;
using LocalGov.Thai;
using LocalGov.WasteFees.ServicePoints;
using ServicePoint = LocalGov.WasteFees.ServicePoints.ServicePoint;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>Residents find their house's waste fees with a house code and its claim code, pay by PromptPay, and link the house to their account.</summary>
public abstract class ResidentWasteBillsTests(LocalGovHost host)
{
    private static readonly Random Codes = new();

    private async Task<(WasteWorld World, ServicePoint Point, string HouseCode)> HouseWithBillsAsync(bool promptPay = true)
    {
        var world = await WasteWorld.CreateAsync(host);
        if (promptPay)
        {
            await host.Services.GetRequiredService<ISettingManager>().SetForTenantAsync(world.Tenant.Id, BillQrCode.BillerIdSetting, "099400000000001");
        }
        var houseCode = ThaiHouseCode.Generate(Codes);
        var point = await world.AddPointAsync(WasteWorld.House("7/1") with { HouseCode = houseCode, PayerName = "สมชาย ใจดี" });
        var month = Collecting.ThisMonth(host);
        await world.BillAsync(month.Plus(-2));
        await world.BillAsync(month.Plus(-1));
        return (world, point, houseCode);
    }

    private static Task<HttpResponseMessage> LookUpAsync(FormClient client, WasteWorld world, string? houseCode, string? account, string claimCode,
        string handler = "") => client.SubmitAsync(world.Path("/waste"),
        [new("HouseCode", houseCode ?? ""), new("AccountNo", account ?? ""), new("ClaimCode", claimCode)],
        handler.Length == 0 ? null : world.Path("/waste?handler=" + handler));

    [Fact]
    public async Task AResident_WithTheHouseCodeAndTheClaimCode_SeesEveryUnpaidBillWithAQrCode_AndTheMonthsPaid()
    {
        var (world, point, houseCode) = await HouseWithBillsAsync();
        var charges = await world.ChargesAsync(point.Id);
        await Collecting.PayInFullAsync(world, charges[0].BillId!.Value);
        var anonymous = new FormClient(host.AnonymousClient());

        var response = await LookUpAsync(anonymous, world, $"{houseCode[..4]}-{houseCode[4..10]}-{houseCode[10..]}", null, ClaimCode.Format(point.ClaimCode));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(point.Address(true), page, StringComparison.Ordinal);
        Assert.Contains($"data-bill=\"{charges[1].BillNumber}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-bill=\"{charges[0].BillNumber}\"", page, StringComparison.Ordinal); // paid
        Assert.Contains("data-qr", page, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,", page, StringComparison.Ordinal);
        Assert.Contains("data-total>40.00<", page, StringComparison.Ordinal);
        var paidMonths = System.Text.RegularExpressions.Regex.Match(page, "data-paid>(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains(LocalGov.WasteFees.Billing.BillingPeriod.FromKey(charges[0].Period).Name(true), paidMonths, StringComparison.Ordinal);
        // the payer's name shortened, nothing else personal
        Assert.Contains("สมชาย ใจ.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ใจดี", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-claim", page, StringComparison.Ordinal); // only signed-in residents link houses

        // the account number and the code typed in lower case without its dash find it too
        var byAccount = await LookUpAsync(anonymous, world, null, point.AccountNo.ToLowerInvariant(), point.ClaimCode.ToLowerInvariant());
        Assert.Equal(HttpStatusCode.OK, byAccount.StatusCode);
        Assert.Contains($"data-bill=\"{charges[1].BillNumber}\"", await byAccount.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongCode_GetsTheSameNotFoundAnswer_AsAnUnknownHouse_AndABillNumberIsNoProof()
    {
        var (world, point, houseCode) = await HouseWithBillsAsync();
        var neighbour = await world.AddPointAsync(WasteWorld.House("8") with { HouseCode = ThaiHouseCode.Generate(Codes) });
        await world.BillAsync(Collecting.ThisMonth(host));
        var neighbourBill = Assert.Single(await world.ChargesAsync(neighbour.Id)).BillNumber!;
        var anonymous = new FormClient(host.AnonymousClient());

        var wrongCode = await LookUpAsync(anonymous, world, houseCode, null, neighbour.ClaimCode);
        var randomCode = await LookUpAsync(anonymous, world, null, point.AccountNo, ClaimCode.New());
        var unknownHouse = await LookUpAsync(anonymous, world, ThaiHouseCode.Generate(Codes), null, neighbour.ClaimCode);
        var otherLao = await WasteWorld.CreateAsync(host);
        var elsewhere = await LookUpAsync(anonymous, otherLao, houseCode, null, point.ClaimCode);

        foreach (var response in new[] { wrongCode, randomCode, unknownHouse, elsewhere })
        {
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("data-not-found", page, StringComparison.Ordinal);
            Assert.DoesNotContain(point.Address(true), page, StringComparison.Ordinal);
            Assert.DoesNotContain(neighbour.Address(true), page, StringComparison.Ordinal);
        }

        var malformed = await LookUpAsync(anonymous, world, "1234", null, point.ClaimCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("รหัสประจำบ้านไม่ถูกต้อง", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noCode = await LookUpAsync(anonymous, world, houseCode, null, "");
        Assert.Equal(HttpStatusCode.BadRequest, noCode.StatusCode);
        Assert.Contains("กรอกรหัสยืนยันสิทธิ์ที่พิมพ์บนใบแจ้งหนี้", await noCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // a bill number (sequential, so guessable) is not a claim code: explained, and nothing shown
        var byBill = await LookUpAsync(anonymous, world, houseCode, null, neighbourBill);
        var byBillPage = await byBill.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, byBill.StatusCode);
        Assert.Contains("รหัสยืนยันสิทธิ์มี 10 ตัว", byBillPage, StringComparison.Ordinal);
        Assert.DoesNotContain(point.Address(true), byBillPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutABillerId_ThePageSaysWhereToPay_InsteadOfAQrCode()
    {
        var (world, point, houseCode) = await HouseWithBillsAsync(promptPay: false);
        var bill = (await world.ChargesAsync(point.Id))[0].BillNumber!;

        var page = await (await LookUpAsync(new FormClient(host.AnonymousClient()), world, houseCode, null, point.ClaimCode)).Content.ReadAsStringAsync();

        Assert.Contains($"data-bill=\"{bill}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-qr", page, StringComparison.Ordinal);
        Assert.Contains("data-where>", page, StringComparison.Ordinal);
        Assert.Contains(world.Tenant.Name.Th, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedInResident_LinksTheHouse_AndTheNextMonthsBillShowsInMyBills()
    {
        var (world, point, houseCode) = await HouseWithBillsAsync();
        var code = point.ClaimCode;
        var email = People.NewEmail("household");
        var resident = await People.CreateAsync(host, email, UserKind.Resident, []);
        var client = await People.SignInAsync(host, email);

        var shown = await (await LookUpAsync(client, world, houseCode, null, code)).Content.ReadAsStringAsync();
        Assert.Contains("data-claim", shown, StringComparison.Ordinal);
        // the claim itself checks the code again: a bill number or a wrong code posted to it links nothing
        var guessed = await LookUpAsync(client, world, houseCode, null, ClaimCode.New(), "Claim");
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Null((await world.InScopeAsync((_, db) => db.Set<ServicePoint>().AsNoTracking().SingleAsync(p => p.Id == point.Id))).PayerUserId);
        var linked = await LookUpAsync(client, world, houseCode, null, code, "Claim");
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Contains("data-linked", await linked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await world.InScopeAsync((_, db) => db.Set<ServicePoint>().AsNoTracking().SingleAsync(p => p.Id == point.Id));
        Assert.Equal(resident.Id, stored.PayerUserId);

        await world.BillAsync(Collecting.ThisMonth(host));
        var charges = await world.ChargesAsync(point.Id);
        var myBills = await client.GetPageAsync("/my/bills");
        Assert.Contains($"data-bill=\"{charges[^1].BillNumber}\"", myBills, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-bill=\"{charges[0].BillNumber}\"", myBills, StringComparison.Ordinal); // issued before the link
        var myWaste = await client.GetPageAsync(world.Path("/my/waste"));
        Assert.Contains($"data-point=\"{point.AccountNo}\"", myWaste, StringComparison.Ordinal);
        Assert.Contains($"data-bill=\"{charges[^1].BillNumber}\"", myWaste, StringComparison.Ordinal);

        // someone else holding the code cannot take the house over
        var otherEmail = People.NewEmail("lodger");
        await People.CreateAsync(host, otherEmail, UserKind.Resident, []);
        var other = await People.SignInAsync(host, otherEmail);
        var refused = await LookUpAsync(other, world, houseCode, null, code, "Claim");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(resident.Id, (await world.InScopeAsync((_, db) => db.Set<ServicePoint>().AsNoTracking().SingleAsync(p => p.Id == point.Id))).PayerUserId);
        Assert.Contains("data-none", await other.GetPageAsync(world.Path("/my/waste")), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteResidentWasteBillsTests(SqliteHost host) : ResidentWasteBillsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresResidentWasteBillsTests(PostgresHost host) : ResidentWasteBillsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlResidentWasteBillsTests(MySqlHost host) : ResidentWasteBillsTests(host);
