using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.WasteFees.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>What the collection tests share: months relative to today, the cash form's fields, payments through Payments.</summary>
internal static partial class Collecting
{
    /// <summary>This month on the host's clock (Bangkok), so "overdue" holds whatever day the tests run.</summary>
    public static BillingPeriod ThisMonth(LocalGovHost host) => BillingPeriod.Of(BangkokTime.Today(host.Clock));

    /// <summary>The cash form of one bill on the point page: the bill id and the stamp it carries.</summary>
    public static (string BillId, string Stamp) CashForm(string page, string billNumber)
    {
        var section = Regex.Match(page, $"<section class=\"waste-bill\" data-bill=\"{Regex.Escape(billNumber)}\">(.*?)</section>", RegexOptions.Singleline);
        Assert.True(section.Success, $"No bill {billNumber} on the page");
        var html = section.Groups[1].Value;
        return (BillField().Match(html).Groups[1].Value, StampField().Match(html).Groups[1].Value);
    }

    /// <summary>The route's tile on the routes page: its points owing and the amount outstanding.</summary>
    public static (string Owing, string Outstanding) RouteTile(string page, string route)
    {
        var tile = Regex.Match(page, $"data-route=\"{Regex.Escape(route)}\">(.*?)</a>", RegexOptions.Singleline);
        Assert.True(tile.Success, $"No route {route} on the page");
        return (Regex.Match(tile.Value, "data-owing=\"(\\d+)\"").Groups[1].Value,
            Regex.Match(tile.Value, "data-outstanding>([0-9.,]+)<").Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PayCashAsync(FormClient client, string pointUrl, string billId, string stamp, string amount) =>
        client.SubmitAsync(pointUrl, ("bill", billId), ("stamp", stamp), ("amount", amount));

    /// <summary>Pays a bill in full the way a bank payment would, through the Payments contract.</summary>
    public static Task<TakenPayment> PayInFullAsync(WasteWorld world, Guid billId) => world.InScopeAsync(async (services, _) =>
    {
        var taking = services.GetRequiredService<IPaymentTaking>();
        var payable = (await taking.FindPayableAsync(billId))!;
        return await taking.RecordAsync(billId, payable.Bill.DueAsOf.Total, PaymentChannel.PromptPay, payable.ConcurrencyStamp, null);
    });

    [GeneratedRegex("name=\"bill\" value=\"([^\"]+)\"")]
    private static partial Regex BillField();

    [GeneratedRegex("name=\"stamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampField();
}

/// <summary>The collector's phone pages: routes, a route's points, cash taken at the door through Payments.</summary>
public abstract class CollectionTests(LocalGovHost host)
{
    [Fact]
    public async Task Collector_TakesTheFullAmount_GetsTheReceiptNumber_TheChargeIsPaid_AndThePointLeavesTheOwingList()
    {
        var world = await WasteWorld.CreateAsync(host);
        var month = Collecting.ThisMonth(host).Plus(-1);
        var second = await world.AddPointAsync(WasteWorld.House("2", order: 20));
        var first = await world.AddPointAsync(WasteWorld.House("1", order: 10));
        var shop = await world.AddPointAsync(WasteWorld.House("3", "SHOP", route: "R2", zone: "Z2"));
        await world.BillAsync(month);
        var collector = world.CollectorClient;

        var routes = await collector.GetPageAsync(world.Path("/staff/waste/collect"));
        Assert.Equal(("2", "80.00"), Collecting.RouteTile(routes, "R1"));
        Assert.Equal(("1", "100.00"), Collecting.RouteTile(routes, "R2"));

        var route = await collector.GetPageAsync(world.Path("/staff/waste/collect/R1"));
        Assert.True(route.IndexOf(first.AccountNo, StringComparison.Ordinal) < route.IndexOf(second.AccountNo, StringComparison.Ordinal)); // walking order
        Assert.DoesNotContain(shop.AccountNo, route, StringComparison.Ordinal);
        Assert.Contains($"data-point=\"{first.AccountNo}\" data-owing=\"true\"", route, StringComparison.Ordinal);

        var pointUrl = world.Path($"/staff/waste/collect/point/{first.Id}");
        var charge = Assert.Single(await world.ChargesAsync(first.Id));
        var page = await collector.GetPageAsync(pointUrl);
        Assert.Contains("value=\"40.00\"", page, StringComparison.Ordinal); // prefilled with all that is due
        var (billId, stamp) = Collecting.CashForm(page, charge.BillNumber!);
        Assert.Equal(charge.BillId.ToString(), billId);

        var response = await Collecting.PayCashAsync(collector, pointUrl, billId, stamp, "40.00");
        var done = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = Regex.Match(done, "data-receipt-number>(RCP-[0-9-]+)<").Groups[1].Value;
        Assert.Matches(@"^RCP-\d{4}-\d{6}$", receipt);
        Assert.Contains($"href=\"{world.Path("/receipts/" + receipt)}\"", done, StringComparison.Ordinal); // a cashier may open the printable receipt
        Assert.Contains("data-nothing-owed", done, StringComparison.Ordinal);

        var paid = Assert.Single(await world.ChargesAsync(first.Id));
        Assert.Equal(40m, paid.Paid);
        Assert.NotNull(paid.PaidAt);
        var printable = await collector.Http.GetAsync(world.Path("/receipts/" + receipt));
        Assert.Equal(HttpStatusCode.OK, printable.StatusCode);

        route = await collector.GetPageAsync(world.Path("/staff/waste/collect/R1"));
        Assert.Contains($"data-point=\"{first.AccountNo}\" data-owing=\"false\"", route, StringComparison.Ordinal);
        routes = await collector.GetPageAsync(world.Path("/staff/waste/collect"));
        Assert.Equal(("1", "40.00"), Collecting.RouteTile(routes, "R1"));
    }

    [Fact]
    public async Task APartPayment_LeavesTheRestOwing_OnTheChargeAndTheRoute()
    {
        var world = await WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteWorld.House("1", "SHOP"));
        await world.BillAsync(Collecting.ThisMonth(host).Plus(-1));
        var collector = world.CollectorClient;
        var pointUrl = world.Path($"/staff/waste/collect/point/{point.Id}");
        var charge = Assert.Single(await world.ChargesAsync(point.Id));
        var (billId, stamp) = Collecting.CashForm(await collector.GetPageAsync(pointUrl), charge.BillNumber!);

        var response = await Collecting.PayCashAsync(collector, pointUrl, billId, stamp, "30");
        var done = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-receipt-number>RCP-", done, StringComparison.Ordinal);
        Assert.Contains("data-left>", done, StringComparison.Ordinal);
        Assert.Contains("70.00", done, StringComparison.Ordinal);
        var after = Assert.Single(await world.ChargesAsync(point.Id));
        Assert.Equal(30m, after.Paid);
        Assert.Null(after.PaidAt);
        Assert.Contains("value=\"70.00\"", done, StringComparison.Ordinal); // the form now asks for the rest
        var route = await collector.GetPageAsync(world.Path("/staff/waste/collect/R1"));
        Assert.Contains($"data-point=\"{point.AccountNo}\" data-owing=\"true\"", route, StringComparison.Ordinal);
        Assert.Contains("data-outstanding>70.00<", route, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondTapWithTheSameForm_IsAConflict_AndTooMuchIsRefused_WithoutASecondReceipt()
    {
        var world = await WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteWorld.House("1"));
        await world.BillAsync(Collecting.ThisMonth(host).Plus(-1));
        var collector = world.CollectorClient;
        var pointUrl = world.Path($"/staff/waste/collect/point/{point.Id}");
        var charge = Assert.Single(await world.ChargesAsync(point.Id));
        var (billId, stamp) = Collecting.CashForm(await collector.GetPageAsync(pointUrl), charge.BillNumber!);

        var tooMuch = await Collecting.PayCashAsync(collector, pointUrl, billId, stamp, "41.00");
        var tooMuchPage = await tooMuch.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("40.00", Regex.Match(tooMuchPage, "data-errors>(.*?)</div>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
        Assert.Contains("value=\"41.00\"", tooMuchPage, StringComparison.Ordinal); // what was typed is kept
        var notANumber = await Collecting.PayCashAsync(collector, pointUrl, billId, stamp, "สี่สิบ");
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Equal(0m, Assert.Single(await world.ChargesAsync(point.Id)).Paid);

        var once = await Collecting.PayCashAsync(collector, pointUrl, billId, stamp, "20.00");
        Assert.Equal(HttpStatusCode.OK, once.StatusCode);
        var twice = await Collecting.PayCashAsync(collector, pointUrl, billId, stamp, "20.00");
        var twicePage = await twice.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("อาจบันทึกรับเงินครั้งนี้ไปแล้ว", twicePage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-receipt-number", twicePage, StringComparison.Ordinal);
        Assert.Equal(20m, Assert.Single(await world.ChargesAsync(point.Id)).Paid); // one payment, not two
        var receipts = await world.InScopeAsync((_, db) => db.Set<LocalGov.Payments.Collection.Payment>().AsNoTracking()
            .CountAsync(p => p.BillId == charge.BillId));
        Assert.Equal(1, receipts);
    }

    [Fact]
    public async Task StaffOfAnotherLao_AndPeopleWithoutTheCollectPermission_CannotSeeOrTakeMoney()
    {
        var world = await WasteWorld.CreateAsync(host);
        var other = await WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteWorld.House("1"));
        await world.BillAsync(Collecting.ThisMonth(host).Plus(-1));
        var charge = Assert.Single(await world.ChargesAsync(point.Id));
        var pointUrl = world.Path($"/staff/waste/collect/point/{point.Id}");
        var (billId, stamp) = Collecting.CashForm(await world.CollectorClient.GetPageAsync(pointUrl), charge.BillNumber!);

        // another LAO's cashier: refused in this LAO, and the point does not exist in theirs
        var stranger = other.CollectorClient;
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync(pointUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync(world.Path("/staff/waste/collect"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(other.Path($"/staff/waste/collect/point/{point.Id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(other.Path("/staff/waste/collect/R1"))).StatusCode);
        var theirs = other.Path($"/staff/waste/collect/point/{point.Id}");
        var posted = await stranger.Http.PostAsync(theirs, new FormUrlEncodedContent([new("bill", billId), new("stamp", stamp), new("amount", "40")]));
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);

        // a resident, and nobody at all
        var resident = People.NewEmail("resident");
        await People.CreateAsync(host, resident, UserKind.Resident, []);
        var signedIn = await People.SignInAsync(host, resident);
        Assert.NotEqual(HttpStatusCode.OK, (await signedIn.Http.GetAsync(pointUrl)).StatusCode);
        var anonymous = await new FormClient(host.AnonymousClient()).Http.GetAsync(pointUrl);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);

        Assert.Equal(0m, Assert.Single(await world.ChargesAsync(point.Id)).Paid);
    }

    [Fact]
    public async Task TheRouteFilter_FindsAPointByNameOrHouseNumber()
    {
        var world = await WasteWorld.CreateAsync(host);
        var shop = await world.AddPointAsync(WasteWorld.House("15/2", "SHOP") with { PlaceName = "ร้านข้าวซอยป้าแดง" });
        var house = await world.AddPointAsync(WasteWorld.House("99"));

        var found = await world.CollectorClient.GetPageAsync(world.Path("/staff/waste/collect/R1?q=" + Uri.EscapeDataString("ข้าวซอย")));

        Assert.Contains(shop.AccountNo, found, StringComparison.Ordinal);
        Assert.DoesNotContain(house.AccountNo, found, StringComparison.Ordinal);
        Assert.Contains("data-count>1 / 2", found, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCollectionTests(SqliteHost host) : CollectionTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCollectionTests(PostgresHost host) : CollectionTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlCollectionTests(MySqlHost host) : CollectionTests(host);
