using System.Net;
using System.Text;
using System.Text.Json;
using LocalGov.Host.Tests.Infrastructure;

namespace LocalGov.Host.Tests.Tax;

/// <summary>The public estimator API answers the tax with its breakdown, and a 400 problem naming the field for bad input.</summary>
public abstract class EstimatorApiTests(LocalGovHost host)
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(TaxWorld world, string path, string json)
    {
        using var client = host.AnonymousClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/t/{world.Tenant.Code}/api/tax/{path}", content);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    [Theory]
    [InlineData("main-home", 60_000_000, true, 0, 3_000)]
    [InlineData("main-home", 50_000_000, true, 0, 0)]
    [InlineData("main-home-house-only", 20_000_000, true, 0, 2_000)]
    [InlineData("agricultural", 100_000_000, true, 0, 5_000)]
    [InlineData("agricultural", 100_000_000, false, 0, 15_000)]
    [InlineData("residential-other", 60_000_000, true, 0, 13_000)]
    [InlineData("other", 10_000_000, false, 0, 30_000)]
    [InlineData("vacant", 10_000_000, true, 3, 60_000)]
    [InlineData("vacant", 10_000_000, true, 40, 300_000)]
    public async Task LandAndBuilding_AnswersTheTaxWithItsBands(string use, decimal value, bool individual, int yearsVacant, decimal tax)
    {
        var world = await TaxWorld.CreateAsync(host);
        var (status, body) = await PostAsync(world, "land-building/estimate",
            $$"""{"taxYear":2026,"use":"{{use}}","value":{{value}},"ownerIsIndividual":{{(individual ? "true" : "false")}},"yearsVacant":{{yearsVacant}}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(tax, body.GetProperty("tax").GetDecimal());
        var bands = body.GetProperty("bands").EnumerateArray().ToList();
        Assert.NotEmpty(bands);
        Assert.Equal(body.GetProperty("gross").GetDecimal(), bands.Sum(b => b.GetProperty("tax").GetDecimal()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("explanationTh").GetString()));
    }

    [Fact]
    public async Task ARelieYear_TakesItsReliefOff()
    {
        var world = await TaxWorld.CreateAsync(host);
        var (_, body) = await PostAsync(world, "land-building/estimate", """{"taxYear":2023,"use":"other","value":10000000,"ownerIsIndividual":false,"yearsVacant":0}""");
        Assert.Equal(15m, body.GetProperty("reliefPercent").GetDecimal());
        Assert.Equal(4_500m, body.GetProperty("relief").GetDecimal());
        Assert.Equal(25_500m, body.GetProperty("tax").GetDecimal());
    }

    [Theory]
    [InlineData("""{"taxYear":2026,"use":"shop","value":1000000,"ownerIsIndividual":true,"yearsVacant":0}""", "use")]
    [InlineData("""{"taxYear":2026,"use":"other","ownerIsIndividual":true,"yearsVacant":0}""", "value")]
    [InlineData("""{"taxYear":2026,"use":"other","value":"lots","ownerIsIndividual":true}""", "value")]
    [InlineData("""{"taxYear":2026,"use":"other","value":-5,"ownerIsIndividual":true}""", "value")]
    [InlineData("""{"taxYear":1999,"use":"other","value":1000000,"ownerIsIndividual":true}""", "taxYear")]
    [InlineData("""{"use":"other","value":1000000,"ownerIsIndividual":true}""", "taxYear")]
    [InlineData("""{"taxYear":2026,"use":"other","value":1000000,"ownerIsIndividual":"yes"}""", "ownerIsIndividual")]
    [InlineData("""{"taxYear":2026,"use":"other","value":1000000,"ownerIsIndividual":true,"yearsVacant":3}""", "yearsVacant")]
    [InlineData("""{"taxYear":2026,"use":"main-home","value":1000000,"ownerIsIndividual":false}""", "ownerIsIndividual")]
    [InlineData("""not json""", "body")]
    public async Task LandAndBuilding_BadInput_Is400NamingTheField(string json, string field)
    {
        var world = await TaxWorld.CreateAsync(host);
        var (status, body) = await PostAsync(world, "land-building/estimate", json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("field:" + field, body.GetProperty("type").GetString());
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Contains(" / ", body.GetProperty("detail").GetString(), StringComparison.Ordinal); // Thai and English
    }

    [Theory]
    [InlineData(2, false, 200, 100, "2026-05-10", 780)]   // 40 units × 26 × 75 %
    [InlineData(2, false, 200, 100, "2025-05-10", 1_040)] // standing all year
    [InlineData(1, false, 100, 50, "2025-01-01", 200)]    // the minimum
    [InlineData(3, true, 100, 100, "2026-10-01", 260)]    // 20 × 52 × 25 %
    public async Task Signboard_AnswersTheTax(int type, bool moving, int width, int height, string installedOn, decimal tax)
    {
        var world = await TaxWorld.CreateAsync(host);
        var (status, body) = await PostAsync(world, "signboard/estimate",
            $$"""{"taxYear":2026,"type":{{type}},"moving":{{(moving ? "true" : "false")}},"widthCm":{{width}},"heightCm":{{height}},"installedOn":"{{installedOn}}"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(tax, body.GetProperty("tax").GetDecimal());
    }

    [Theory]
    [InlineData("""{"taxYear":2026,"type":4,"moving":false,"widthCm":100,"heightCm":100,"installedOn":"2026-05-10"}""", "type")]
    [InlineData("""{"taxYear":2026,"type":1,"moving":false,"widthCm":0,"heightCm":100,"installedOn":"2026-05-10"}""", "widthCm")]
    [InlineData("""{"taxYear":2026,"type":1,"moving":false,"widthCm":100,"installedOn":"2026-05-10"}""", "heightCm")]
    [InlineData("""{"taxYear":2026,"type":1,"moving":false,"widthCm":100,"heightCm":100,"installedOn":"10/05/2026"}""", "installedOn")]
    [InlineData("""{"taxYear":2026,"type":1,"moving":false,"widthCm":100,"heightCm":100,"installedOn":"2027-01-05"}""", "installedOn")]
    public async Task Signboard_BadInput_Is400NamingTheField(string json, string field)
    {
        var world = await TaxWorld.CreateAsync(host);
        var (status, body) = await PostAsync(world, "signboard/estimate", json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("field:" + field, body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ALaoWithoutTheTaxModule_HasNoEstimator()
    {
        using var client = host.AnonymousClient();
        var code = "n" + Guid.NewGuid().ToString("N")[..10];
        var tenant = await host.ProvisionAsync(code, "อบต.ไม่มีภาษี", "No Tax SAO", ["Payments"]);
        using var content = new StringContent("""{"taxYear":2026,"use":"other","value":1000000,"ownerIsIndividual":true}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/t/{tenant.Code}/api/tax/land-building/estimate", content);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEstimatorApiTests(SqliteHost host) : EstimatorApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEstimatorApiTests(PostgresHost host) : EstimatorApiTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlEstimatorApiTests(MySqlHost host) : EstimatorApiTests(host);
