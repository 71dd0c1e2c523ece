using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.WasteFees.FeeClasses;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>The fee-class pages: rates checked against the legal ceiling, the code fixed, deactivation, stale forms.</summary>
public abstract class FeeClassTests(LocalGovHost host)
{
    private static (string, string)[] Form(string code, string litres, string collection, string disposal, bool active = true) =>
    [
        ("code", code), ("nameTh", "ตลาดสด"), ("nameEn", "Fresh market"), ("producer", nameof(WasteProducer.Business)),
        ("litresPerDay", litres), ("collectionRate", collection), ("disposalRate", disposal), ("order", "60"), ("active", active ? "true" : "false"),
    ];

    [Fact]
    public async Task RatesOverTheLegalCeiling_AreRefusedWithTheCeilingNamed_AndRatesUnderItAreSaved()
    {
        var world = await WasteWorld.CreateAsync(host);
        var officer = world.OfficerClient;
        var url = world.Path("/staff/waste/classes/edit");

        var household = await officer.SubmitAsync(url, Form("MARKET", "20", "160", "10"));
        Assert.Equal(HttpStatusCode.BadRequest, household.StatusCode);
        var errors = PointsPages.FieldErrors(await household.Content.ReadAsStringAsync());
        Assert.Contains("ค่าเก็บและขนต้องไม่เกิน 150 บาทต่อเดือน", errors["collectionRate"], StringComparison.Ordinal);

        // 100 L a day: 5 × 40 = 200 baht on the 2002 scale, so the household ceiling of 350 applies
        var over = await officer.SubmitAsync(url, Form("MARKET", "100", "300", "100"));
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        var overPage = await over.Content.ReadAsStringAsync();
        Assert.Contains("ค่าเก็บขนและกำจัดรวมกันต้องไม่เกิน 350.00 บาทต่อเดือน สำหรับขยะ 100 ลิตรต่อวัน", PointsPages.FieldErrors(overPage)["collectionRate"], StringComparison.Ordinal);
        Assert.Contains("data-ceiling=\"350\"", overPage, StringComparison.Ordinal);
        Assert.False(await world.InScopeAsync((_, db) => db.Set<FeeClass>().AnyAsync(c => c.Code == "MARKET")));

        var bad = await officer.SubmitAsync(url, Form("MARKET", "many", "1.2.3", "x"));
        var badErrors = PointsPages.FieldErrors(await bad.Content.ReadAsStringAsync());
        Assert.Equal(["collectionRate", "disposalRate", "litresPerDay"], badErrors.Keys.Order(StringComparer.Ordinal));

        var saved = await officer.SubmitAsync(url, Form("market", "100", "200", "149.50"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var market = await world.FeeClassAsync("MARKET");
        Assert.Equal((200m, 149.50m, 100, WasteProducer.Business), (market.CollectionRate, market.DisposalRate, market.LitresPerDay, market.Producer));
        var list = await officer.GetPageAsync(world.Path("/staff/waste/classes"));
        Assert.Contains("data-class=\"MARKET\"", list, StringComparison.Ordinal);

        var duplicate = await officer.SubmitAsync(url, Form("MARKET", "20", "20", "20"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("มีประเภทรหัส MARKET อยู่แล้ว", PointsPages.FieldErrors(await duplicate.Content.ReadAsStringAsync())["code"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEdit_KeepsTheCode_ADeactivatedClassTakesNoNewPoints_AndAStaleFormIsA409()
    {
        var world = await WasteWorld.CreateAsync(host);
        var officer = world.OfficerClient;
        var url = world.Path("/staff/waste/classes/edit?code=SHOP");
        var stamp = PointsPages.Stamp(await officer.GetPageAsync(url));

        var saved = await officer.SubmitAsync(url, [.. Form("CHANGED", "60", "70", "40", active: false), ("stamp", stamp)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shop = await world.FeeClassAsync("SHOP");
        Assert.False(shop.Active);
        Assert.Equal(70m, shop.CollectionRate);
        Assert.False(await world.InScopeAsync((_, db) => db.Set<FeeClass>().AnyAsync(c => c.Code == "CHANGED")));

        var stale = await world.AdminClient.SubmitAsync(url, [.. Form("SHOP", "60", "10", "10"), ("stamp", stamp)]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(70m, (await world.FeeClassAsync("SHOP")).CollectionRate);

        var point = await officer.SubmitAsync(world.Path("/staff/waste/points/new"), PointsPages.Fields(WasteWorld.House("1", "SHOP")));
        Assert.Equal(HttpStatusCode.BadRequest, point.StatusCode);
        Assert.Contains("ไม่มีประเภทค่าธรรมเนียมรหัส 'SHOP' ที่ใช้งานอยู่", PointsPages.FieldErrors(await point.Content.ReadAsStringAsync())["fee_class"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.CollectorClient.Http.GetAsync(url)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFeeClassTests(SqliteHost host) : FeeClassTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeeClassTests(PostgresHost host) : FeeClassTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlFeeClassTests(MySqlHost host) : FeeClassTests(host);
