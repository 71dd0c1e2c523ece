using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Auditing;
using LocalGov.Tax.Registry;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.Tax;

/// <summary>The register through its pages: payers, appraisal prices, properties with their value, errors beside fields, stale forms, permissions.</summary>
public abstract class RegistryTaxPagesTests(LocalGovHost host)
{
    private static async Task<string> RegisterPayerAsync(RegistryTaxWorld world, string id, string name)
    {
        var (response, html) = await RegistryTaxWorld.PostAsync(world.OfficerClient, world.Path("/staff/tax/registry/payers/new"),
            ("Kind", "Person"), ("Id", id), ("Name", name), ("Email", "owner@example.com"), ("Phone", "0812345678"), ("Address", ""));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, html);
        var location = response.Headers.Location!.OriginalString;
        return location[(location.LastIndexOf('/') + 1)..location.IndexOf('?', StringComparison.Ordinal)];
    }

    private static (string, string)[] Land(string payer, string location = "12 หมู่ 3", string area = "400", string share = "100", string deed = "5521") =>
    [
        ("Kind", "Land"), ("Code", ""), ("Location", location), ("Subdistrict", "บางพลี"), ("DeedType", "Chanote"), ("DeedNumber", deed),
        ("Rai", "1"), ("Ngan", "0"), ("SquareWa", "0"), ("PriceCode", "z01"), ("UseKind", "agricultural"), ("UseArea", area), ("UseVacant", ""),
        ("OwnerCode", payer), ("OwnerShare", share), ("OwnerHome", "no"),
    ];

    [Fact]
    public async Task AnOfficer_RegistersAPayerAndALandParcel_AndSeesItsValue()
    {
        var world = await RegistryTaxWorld.CreateAsync(host);
        var officer = world.OfficerClient;
        var id = ThaiNationalId.Generate(new Random(91));
        var payer = await RegisterPayerAsync(world, id, "นางสาวทดสอบ ทะเบียน");

        // no price yet: the page says so instead of a value
        var (created, _) = await RegistryTaxWorld.PostAsync(officer, world.Path($"/staff/tax/registry/properties/new?payer={payer}"), Land(payer));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var propertyUrl = created.Headers.Location!.OriginalString.Split('?')[0];
        var code = propertyUrl[(propertyUrl.LastIndexOf('/') + 1)..];
        Assert.Contains("data-valuation-problem", await officer.GetPageAsync(propertyUrl), StringComparison.Ordinal);

        var (priced, _) = await RegistryTaxWorld.PostAsync(officer, world.Path("/staff/tax/registry/prices"),
            ("Kind", "LandZone"), ("Code", "Z01"), ("Name", "ถนนสายหลัก"), ("FromYear", (world.Year + 543).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Price", "10,000"));
        Assert.Equal(HttpStatusCode.Redirect, priced.StatusCode);
        Assert.Contains("data-price=\"Z01\"", await officer.GetPageAsync(world.Path("/staff/tax/registry/prices")), StringComparison.Ordinal);

        var page = await officer.GetPageAsync(propertyUrl);
        Assert.Contains("data-value=\"4000000.00\"", page, StringComparison.Ordinal); // 400 sq wa × 10,000 baht

        var payerPage = await officer.GetPageAsync(world.Path($"/staff/tax/registry/payers/{payer}"));
        Assert.Contains($"data-holding=\"{code}\"", payerPage, StringComparison.Ordinal);
        Assert.Contains(ThaiNationalId.Mask(id), payerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(id, payerPage, StringComparison.Ordinal);
        var search = await officer.GetPageAsync(world.Path("/staff/tax/registry?q=5521"));
        Assert.Contains($"data-payer=\"{payer}\"", search, StringComparison.Ordinal);
        Assert.Contains($"data-payer=\"{payer}\"", await officer.GetPageAsync(world.Path($"/staff/tax/registry?q={id}")), StringComparison.Ordinal);
        Assert.Contains("data-no-results", await officer.GetPageAsync(world.Path("/staff/tax/registry?q=nobody-here")), StringComparison.Ordinal);

        var revealed = await officer.SubmitAsync(world.Path($"/staff/tax/registry/payers/{payer}"), [],
            world.Path($"/staff/tax/registry/payers/{payer}?handler=Reveal"));
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Contains(id, await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Eventually.HoldsAsync(() => world.InScopeAsync(async db =>
            Assert.Single(await db.Set<AuditLog>().IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.TenantId == world.Tenant.Id && a.Details != null && a.Details.Contains("Tax.PayerIdRevealed")).ToListAsync())));
    }

    [Fact]
    public async Task AWrongProperty_ShowsEveryErrorBesideItsField_KeepsTheInput_AndSavesNothing()
    {
        var world = await RegistryTaxWorld.CreateAsync(host);
        var payer = await RegisterPayerAsync(world, ThaiNationalId.Generate(new Random(92)), "นายผิด พลาด");

        var (response, html) = await RegistryTaxWorld.PostAsync(world.OfficerClient, world.Path("/staff/tax/registry/properties/new"),
            Land(payer, location: "99 ซอยเก็บไว้", area: "300", share: "90", deed: ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ไม่เท่ากับพื้นที่ทั้งหมด 400.00", RegistryTaxWorld.ErrorFor(html, "Uses"), StringComparison.Ordinal);
        Assert.Contains("สัดส่วนการถือครองรวมกันต้องได้ 100%", RegistryTaxWorld.ErrorFor(html, "Owners"), StringComparison.Ordinal);
        Assert.Contains("ระบุเลขที่เอกสารสิทธิ์", RegistryTaxWorld.ErrorFor(html, "DeedNumber"), StringComparison.Ordinal);
        Assert.Contains("value=\"99 ซอยเก็บไว้\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"90\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await world.InScopeAsync(db => db.Set<TaxProperty>().CountAsync()));

        var (badPayer, badHtml) = await RegistryTaxWorld.PostAsync(world.OfficerClient, world.Path("/staff/tax/registry/payers/new"),
            ("Kind", "Person"), ("Id", "1111111111111"), ("Name", "x"));
        Assert.Equal(HttpStatusCode.BadRequest, badPayer.StatusCode);
        Assert.Contains("เลขประจำตัวประชาชนไม่ถูกต้อง", RegistryTaxWorld.ErrorFor(badHtml, "Id"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleForm_IsAConflict_AndTheNewerSaveStays()
    {
        var world = await RegistryTaxWorld.CreateAsync(host);
        var officer = world.OfficerClient;
        var payer = await RegisterPayerAsync(world, ThaiNationalId.Generate(new Random(93)), "นายแก้ ไข");
        var (created, _) = await RegistryTaxWorld.PostAsync(officer, world.Path("/staff/tax/registry/properties/new"), Land(payer));
        var url = created.Headers.Location!.OriginalString.Split('?')[0];
        var form = RegistryTaxWorld.Inputs(await officer.GetPageAsync(url));
        var stamp = form.Single(f => f.Key == "stamp").Value;
        (string, string)[] Edited(string location) => [.. form.Where(f => f.Key != "Location"), ("Location", location), ("DeedType", "Chanote"),
            ("UseKind", "residential-other"), ("OwnerHome", "yes")];

        var (first, _) = await RegistryTaxWorld.PostAsync(officer, url, Edited("1/1 ถนนใหม่"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var (second, _) = await RegistryTaxWorld.PostAsync(officer, url, Edited("ฟอร์มเก่า"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);

        var property = await world.InScopeAsync(db => db.Set<TaxProperty>().AsNoTracking().SingleAsync());
        Assert.Equal("1/1 ถนนใหม่", property.Location);
        Assert.Equal(LocalGov.Tax.Rates.LandUse.ResidentialOther, Assert.Single(property.Uses).Use);
        Assert.True(await world.InScopeAsync(db => db.Set<PropertyOwner>().AnyAsync(o => o.PropertyId == property.Id && o.InHouseRegister)));
        Assert.NotEqual(stamp, property.ConcurrencyStamp);
    }

    [Theory]
    [InlineData("/staff/tax/registry")]
    [InlineData("/staff/tax/registry/payers/new")]
    [InlineData("/staff/tax/registry/properties/new")]
    [InlineData("/staff/tax/registry/prices")]
    [InlineData("/staff/tax/registry/import")]
    [InlineData("/staff/tax/rates")]
    [InlineData("/staff/tax/rates/2026")]
    public async Task ACashier_CannotOpenTheRegisterOrTheRates(string path)
    {
        var world = await RegistryTaxWorld.CreateAsync(host);
        var response = await world.CashierClient.Http.GetAsync(world.Path(path));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.OfficerClient.Http.GetAsync(world.Path(path))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRegistryTaxPagesTests(SqliteHost host) : RegistryTaxPagesTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRegistryTaxPagesTests(PostgresHost host) : RegistryTaxPagesTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlRegistryTaxPagesTests(MySqlHost host) : RegistryTaxPagesTests(host);
