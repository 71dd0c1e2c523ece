using System.Net;
using System.Text.Json;
using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Open311;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Complaints.Open311;

/// <summary>POST requests: the API key, every check the spec asks for (all reported at once), and what gets filed.</summary>
public abstract class Open311FilingTests(LocalGovHost host)
{
    private Task<Open311Lao> LaoAsync() => Open311Lao.GetAsync(host, "o311post");

    private static (string, string)[] Valid(Open311Lao lao, params (string, string)[] more) =>
        [("api_key", lao.Key), ("service_code", "road"), ("lat", "18.7883"), ("long", "98.9853"), ("description", "หลุมบนถนน"), .. more];

    [Fact]
    public async Task Post_WithoutAnApiKey_Is403()
    {
        var lao = await LaoAsync();
        var client = host.AnonymousClient();
        var json = await client.Open311PostAsync($"{lao.Root}/requests.json", ("service_code", "road"), ("lat", "18.78"), ("long", "98.98"));
        Assert.Equal(HttpStatusCode.Forbidden, json.Status);
        Assert.Contains("api_key", Assert.Single(json.Errors()).Description, StringComparison.Ordinal);
        var xml = await client.Open311PostAsync($"{lao.Root}/requests.xml", ("api_key", ""), ("service_code", "road"), ("address_string", "x"));
        Assert.Equal(HttpStatusCode.Forbidden, xml.Status);
        Assert.Equal(403, Assert.Single(xml.XmlErrors()).Code);
    }

    [Fact]
    public async Task Post_WithAnUnknownKey_OrAnotherLaosKey_Is403()
    {
        var lao = await LaoAsync();
        var other = await Open311Lao.GetAsync(host, "o311post2");
        var client = host.AnonymousClient();
        var unknown = await client.Open311PostAsync($"{lao.Root}/requests.json", [.. Valid(lao).Where(f => f.Item1 != "api_key"), ("api_key", "not-a-key")]);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.Status);
        Assert.Contains("Invalid api_key", Assert.Single(unknown.Errors()).Description, StringComparison.Ordinal);
        var foreign = await client.Open311PostAsync($"{lao.Root}/requests.json", [.. Valid(lao).Where(f => f.Item1 != "api_key"), ("api_key", other.Key)]);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
    }

    [Fact]
    public async Task Post_WithARevokedKey_Is403()
    {
        var lao = await LaoAsync();
        var (created, key) = await lao.InScopeAsync(s => s.GetRequiredService<Open311Keys>().CreateAsync("Soon revoked", null, CancellationToken.None));
        var client = host.AnonymousClient();
        var before = await client.Open311PostAsync($"{lao.Root}/requests.json", [.. Valid(lao).Where(f => f.Item1 != "api_key"), ("api_key", key)]);
        Assert.Equal(HttpStatusCode.OK, before.Status);

        await lao.InScopeAsync(s => s.GetRequiredService<Open311Keys>().RevokeAsync(created.Id, CancellationToken.None));
        var after = await client.Open311PostAsync($"{lao.Root}/requests.json", [.. Valid(lao).Where(f => f.Item1 != "api_key"), ("api_key", key)]);
        Assert.Equal(HttpStatusCode.Forbidden, after.Status);
        Assert.Equal(403, Assert.Single(after.Errors()).Code);
        Assert.Equal(1, (await lao.ClientAsync(key)).RequestCount); // a refused key is not a use
    }

    [Theory]
    [InlineData("no-such-service")]
    [InlineData("corruption")] // confidential: absent from Open311 altogether
    public async Task Post_UnknownServiceCode_Is404(string code)
    {
        var lao = await LaoAsync();
        var response = await host.AnonymousClient().Open311PostAsync($"{lao.Root}/requests.json",
            [.. Valid(lao).Where(f => f.Item1 != "service_code"), ("service_code", code)]);
        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        var error = Assert.Single(response.Errors());
        Assert.Equal(404, error.Code);
        Assert.Contains(code, error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutALocation_Is400()
    {
        var lao = await LaoAsync();
        var response = await host.AnonymousClient().Open311PostAsync($"{lao.Root}/requests.json",
            ("api_key", lao.Key), ("service_code", "road"), ("address_string", ""), ("description", "ไม่มีที่อยู่"));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var error = Assert.Single(response.Errors());
        Assert.Equal(400, error.Code);
        Assert.Contains("address_string", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutARequiredAttribute_Is400_NamingIt()
    {
        var lao = await LaoAsync();
        var response = await host.AnonymousClient().Open311PostAsync($"{lao.Root}/requests.json",
            [.. Valid(lao).Where(f => f.Item1 != "service_code"), ("service_code", "nuisance")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("attribute[kind]", Assert.Single(response.Errors()).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithSeveralProblems_ReportsThemAllAtOnce()
    {
        var lao = await LaoAsync();
        var client = host.AnonymousClient();
        var response = await client.Open311PostAsync($"{lao.Root}/requests.json",
            ("api_key", lao.Key), ("service_code", "nuisance"), ("description", new string('ก', 4001)));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var errors = response.Errors();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal(400, e.Code));
        Assert.Contains(errors, e => e.Description.Contains("location", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Description.Contains("attribute[kind]", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Description.Contains("description", StringComparison.Ordinal));

        var xml = await client.Open311PostAsync($"{lao.Root}/requests.xml", ("api_key", lao.Key), ("lat", "abc"), ("long", "98,98"));
        Assert.Equal(HttpStatusCode.BadRequest, xml.Status);
        var xmlErrors = xml.XmlErrors();
        Assert.Contains(xmlErrors, e => e.Description.Contains("service_code", StringComparison.Ordinal));
        Assert.Contains(xmlErrors, e => e.Description.StartsWith("lat ", StringComparison.Ordinal));
        Assert.Contains(xmlErrors, e => e.Description.StartsWith("long ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_WithHtmlInTheDescription_OrABadEmail_Is400()
    {
        var lao = await LaoAsync();
        var client = host.AnonymousClient();
        var html = await client.Open311PostAsync($"{lao.Root}/requests.json",
            [.. Valid(lao).Where(f => f.Item1 != "description"), ("description", "ดู <script>alert(1)</script>")]);
        Assert.Equal(HttpStatusCode.BadRequest, html.Status);
        var email = await client.Open311PostAsync($"{lao.Root}/requests.json", Valid(lao, ("email", "not-an-email")));
        Assert.Equal(HttpStatusCode.BadRequest, email.Status);
        Assert.Contains("email", Assert.Single(email.Errors()).Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_Succeeds_AndTheRequestReadsBackById_ByIdList_AndByToken_WithoutPersonalData()
    {
        var lao = await LaoAsync();
        var client = host.AnonymousClient();
        var countBefore = (await lao.ClientAsync(lao.Key)).RequestCount;
        var created = await client.Open311PostAsync($"{lao.Root}/requests.json",
            ("api_key", lao.Key), ("service_code", "nuisance"), ("attribute[kind]", "noise"),
            ("lat", "18.7883"), ("long", "98.9853"), ("address_string", "ซอย 5 ถนนนิมมานเหมินท์"), ("address_id", "A-77"),
            ("first_name", "Quokkafirst"), ("last_name", "Wombatlast"), ("email", "quokka.wombat.5531@example.com"), ("phone", "081-555-7319"),
            ("device_id", "device-42"), ("account_id", "acct-9"), ("media_url", "https://photos.example.org/p/1.jpg"),
            ("description", "เสียงดังทั้งคืน\nทุกวัน"), ("email_alerts", ""));
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var answer = Assert.Single(created.Json().EnumerateArray());
        var id = answer.GetProperty("service_request_id").GetString()!;
        Assert.StartsWith("CMP-", id, StringComparison.Ordinal);
        Assert.Equal("acct-9", answer.GetProperty("account_id").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("service_notice").GetString()));
        Assert.False(answer.TryGetProperty("token", out _)); // realtime: the id, so no token (the spec returns one or the other)

        var stored = await lao.FindAsync(id);
        Assert.Equal(ComplaintChannel.Open311, stored.Channel);
        Assert.Equal("Test app o311post", stored.ChannelDetail);
        Assert.Equal("Quokkafirst Wombatlast", stored.ReporterName);
        Assert.Equal("quokka.wombat.5531@example.com", stored.ReporterEmail);
        Assert.Equal("081-555-7319", stored.ReporterPhone);
        Assert.Equal(("device-42", "acct-9", "A-77"), (stored.DeviceId, stored.AccountId, stored.AddressId));
        Assert.Contains("\"kind\":\"noise\"", stored.AttributesJson, StringComparison.Ordinal);
        var key = await lao.ClientAsync(lao.Key);
        Assert.Equal(countBefore + 1, key.RequestCount);
        Assert.NotNull(key.LastUsedAt);

        var one = await client.JsonOkAsync($"{lao.Root}/requests/{id}.json");
        Open311Schema.AssertValid("requests.json", one);
        var request = Assert.Single(one.EnumerateArray());
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("nuisance", request.GetProperty("service_code").GetString());
        Assert.Equal("เสียงดังทั้งคืน\nทุกวัน", request.GetProperty("description").GetString());
        Assert.Equal(18.7883, request.GetProperty("lat").GetDouble());
        Assert.Equal(98.9853, request.GetProperty("long").GetDouble());
        Assert.Equal(JsonValueKind.String, request.GetProperty("address_id").ValueKind);
        Assert.Equal("https://photos.example.org/p/1.jpg", request.GetProperty("media_url").GetString());
        Assert.Equal("กองสาธารณสุขและสิ่งแวดล้อม", request.GetProperty("agency_responsible").GetString());
        Assert.EndsWith("+07:00", request.GetProperty("requested_datetime").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("+07:00", request.GetProperty("expected_datetime").GetString(), StringComparison.Ordinal);

        var second = (await client.Open311PostAsync($"{lao.Root}/requests.json", Valid(lao))).Json()[0].GetProperty("service_request_id").GetString()!;
        var listed = await client.JsonOkAsync($"{lao.Root}/requests.json?service_request_id={id},{second}&status=closed&service_code=tree");
        Assert.Equal(new[] { id, second }.Order(), listed.Ids().Order()); // the id list overrides every other filter

        var token = stored.Id.ToString("N");
        var byToken = Assert.Single((await client.JsonOkAsync($"{lao.Root}/tokens/{token}.json")).EnumerateArray());
        Assert.Equal(id, byToken.GetProperty("service_request_id").GetString());
        Assert.Equal(token, byToken.GetProperty("token").GetString());
        var tokenXml = (await client.XmlOkAsync($"{lao.Root}/tokens/{token}.xml")).Root!;
        Assert.Equal("service_requests", tokenXml.Name.LocalName);
        Assert.Equal(["service_request_id", "token"], tokenXml.Element("request")!.Elements().Select(e => e.Name.LocalName));

        var bodies = new List<string> { created.Body };
        foreach (var url in new[]
        {
            $"{lao.Root}/requests.json", $"{lao.Root}/requests.xml", $"{lao.Root}/requests.json?extensions=true",
            $"{lao.Root}/requests.xml?extensions=true", $"{lao.Root}/requests/{id}.json?extensions=true", $"{lao.Root}/requests/{id}.xml",
            $"{lao.Root}/tokens/{token}.json", $"{lao.Root}/requests.json?service_request_id={id}&locale=en",
        })
        {
            bodies.Add((await client.Open311GetAsync(url)).Body);
        }
        Assert.Contains("+07:00\"", bodies[1], StringComparison.Ordinal); // dates as written, not \u002B-escaped
        foreach (var body in bodies)
        {
            Assert.Contains(id, body, StringComparison.Ordinal);
            foreach (var secret in new[] { "Quokkafirst", "Wombatlast", "quokka.wombat", "081-555-7319", "5557319", "device-42" })
            {
                Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task Post_Xml_AnswersServiceRequestsRequest_WithAnEmptyAccountId()
    {
        var lao = await LaoAsync();
        var response = await host.AnonymousClient().Open311PostAsync($"{lao.Root}/requests.xml", Valid(lao, ("account_id", "")));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var root = response.Xml().Root!;
        Assert.Equal("service_requests", root.Name.LocalName);
        var request = Assert.Single(root.Elements("request"));
        Assert.Equal(["service_request_id", "service_notice", "account_id"], request.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("", request.Element("account_id")!.Value);
    }

    [Fact]
    public async Task Post_MultiValueAttribute_TakesRepeatedBracketedValues()
    {
        var lao = await LaoAsync();
        var category = new Category("o311-hazard", "อันตราย", "Hazard") { Department = "กองช่าง" };
        category.Attributes.Add(new CategoryAttribute
        {
            Order = 1, Code = "hazards", Datatype = AttributeDatatype.Multivaluelist, Required = true,
            DescriptionTh = "อันตรายที่พบ", DescriptionEn = "Hazards seen", Values = "wire=สายไฟ / Wire\nhole=หลุม / Hole\nglass=แก้ว / Glass",
        });
        await lao.AddCategoryAsync(category);
        var client = host.AnonymousClient();
        var definition = await client.JsonOkAsync($"{lao.Root}/services/o311-hazard.json");
        Assert.Equal("multivaluelist", definition.GetProperty("attributes")[0].GetProperty("datatype").GetString());

        var response = await client.Open311PostAsync($"{lao.Root}/requests.json",
            ("api_key", lao.Key), ("service_code", "o311-hazard"), ("address_id", "B-12"), ("attribute[hazards][]", "wire"), ("attribute[hazards][]", "glass"));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var stored = await lao.FindAsync(response.Json()[0].GetProperty("service_request_id").GetString()!);
        Assert.Contains("\"hazards\":[\"wire\",\"glass\"]", stored.AttributesJson, StringComparison.Ordinal);

        var wrong = await client.Open311PostAsync($"{lao.Root}/requests.json",
            ("api_key", lao.Key), ("service_code", "o311-hazard"), ("address_id", "B-12"), ("attribute[hazards][]", "lava"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("hazards", Assert.Single(wrong.Errors()).Description, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOpen311FilingTests(SqliteHost host) : Open311FilingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOpen311FilingTests(PostgresHost host) : Open311FilingTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlOpen311FilingTests(MySqlHost host) : Open311FilingTests(host);
