using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Tax.Rates;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.Tax;

/// <summary>The rates editor: legal ceilings refused beside the inputs with nothing saved; a valid schedule saved and used by the estimator; stale forms.</summary>
public abstract class RegistryTaxRatesTests(LocalGovHost host)
{
    private static async Task<List<(string Key, string Value)>> FormAsync(RegistryTaxWorld world, string query = "")
    {
        var html = await world.OfficerClient.GetPageAsync(world.Path($"/staff/tax/rates/{world.Year}{query}"));
        return [.. RegistryTaxWorld.Inputs(html), ("signRounding", "OverHalf")];
    }

    private static List<(string Key, string Value)> With(IEnumerable<(string Key, string Value)> form, string key, string value) =>
        [.. form.Where(f => f.Key != key), (key, value)];

    private static async Task<decimal> EstimateAsync(RegistryTaxWorld world)
    {
        var response = await world.Host.AnonymousClient().PostAsJsonAsync(world.Path("/api/tax/land-building/estimate"),
            new { taxYear = world.Year, use = "agricultural", value = 60_000_000m, ownerIsIndividual = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("tax").GetDecimal();
    }

    [Fact]
    public async Task ARateAboveTheCeiling_IsRefusedBesideItsCategory_AndNothingIsSaved()
    {
        var world = await RegistryTaxWorld.CreateAsync(host);
        var form = await FormAsync(world);
        Assert.Contains(form, f => f == ("rate-agricultural-0", "0.01"));

        var (response, html) = await RegistryTaxWorld.PostAsync(world.OfficerClient, world.Path($"/staff/tax/rates/{world.Year}"),
            With(With(form, "rate-agricultural-0", "0.2"), "signMinimum", "250"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("อัตรา 0.2% เกินเพดานตามกฎหมาย 0.15%", RegistryTaxWorld.ErrorFor(html, "rates.agricultural"), StringComparison.Ordinal);
        Assert.Contains("ภาษีป้ายขั้นต่ำต้องไม่เกิน 200 บาท", RegistryTaxWorld.ErrorFor(html, "rates.signMinimum"), StringComparison.Ordinal);
        Assert.Equal("", RegistryTaxWorld.ErrorFor(html, "rates.other"));
        Assert.Contains("value=\"0.2\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await world.InScopeAsync(db => db.Set<TaxSchedule>().CountAsync()));
        Assert.Equal(1000m, await EstimateAsync(world)); // national: 0.01 % of the 10 M above the 50 M exemption
    }

    [Fact]
    public async Task AValidSchedule_IsSaved_UsedByTheEstimator_AndAStaleFormIsAConflict()
    {
        var world = await RegistryTaxWorld.CreateAsync(host);
        var form = await FormAsync(world);

        var (saved, _) = await RegistryTaxWorld.PostAsync(world.OfficerClient, world.Path($"/staff/tax/rates/{world.Year}"),
            [.. With(form, "rate-agricultural-0", "0.05"), ("basis", "ข้อบัญญัติ 2569")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(5000m, await EstimateAsync(world)); // 0.05 % of 10 M
        var list = await world.OfficerClient.GetPageAsync(world.Path("/staff/tax/rates"));
        Assert.Contains($"data-year=\"{world.Year}\" data-own=\"true\"", list, StringComparison.Ordinal);

        // two officers open the saved year; the second one's save is stale
        var first = await FormAsync(world);
        var second = await FormAsync(world);
        var (ok, _) = await RegistryTaxWorld.PostAsync(world.OfficerClient, world.Path($"/staff/tax/rates/{world.Year}"), With(first, "rate-agricultural-0", "0.04"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var (stale, _) = await RegistryTaxWorld.PostAsync(world.OfficerClient, world.Path($"/staff/tax/rates/{world.Year}"), With(second, "rate-agricultural-0", "0.02"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(4000m, await EstimateAsync(world));

        // "start from the national schedule" fills the form with it without saving
        var national = await FormAsync(world, "?national=true");
        Assert.Contains(national, f => f == ("rate-agricultural-0", "0.01"));
        Assert.Equal(4000m, await EstimateAsync(world));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRegistryTaxRatesTests(SqliteHost host) : RegistryTaxRatesTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRegistryTaxRatesTests(PostgresHost host) : RegistryTaxRatesTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlRegistryTaxRatesTests(MySqlHost host) : RegistryTaxRatesTests(host);
