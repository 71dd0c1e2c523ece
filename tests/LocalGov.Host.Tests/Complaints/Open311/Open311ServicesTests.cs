using System.Net;
using System.Text.Json;
using LocalGov.Complaints.Categories;
using LocalGov.Host.Tests.Infrastructure;

namespace LocalGov.Host.Tests.Complaints.Open311;

/// <summary>Discovery, the service list and service definitions, in both formats, exactly as GeoReport v2 spells them.</summary>
public abstract class Open311ServicesTests(LocalGovHost host)
{
    private Task<Open311Lao> LaoAsync() => Open311Lao.GetAsync(host, "o311svc");

    [Fact]
    public async Task Discovery_Json_NamesTheSpecificationUrlAndFormats()
    {
        var lao = await LaoAsync();
        var discovery = await host.AnonymousClient().JsonOkAsync($"{lao.Root}/discovery.json");
        Assert.Equal(JsonValueKind.Object, discovery.ValueKind);
        Assert.EndsWith("+07:00", discovery.GetProperty("changeset").GetString(), StringComparison.Ordinal);
        Assert.Contains("o311svc", discovery.GetProperty("contact").GetString(), StringComparison.Ordinal);
        Assert.Contains("/admin/open311", discovery.GetProperty("key_service").GetString(), StringComparison.Ordinal);
        var endpoint = Assert.Single(discovery.GetProperty("endpoints").EnumerateArray());
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.GetProperty("specification").GetString());
        Assert.Equal("production", endpoint.GetProperty("type").GetString());
        Assert.EndsWith("/open311/v2/", endpoint.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(["text/xml", "application/json"], endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Discovery_Xml_HasEndpointsEndpointFormatsFormat()
    {
        var lao = await LaoAsync();
        var root = (await host.AnonymousClient().XmlOkAsync($"{lao.Root}/discovery.xml")).Root!;
        Assert.Equal("discovery", root.Name.LocalName);
        Assert.Equal("", root.Name.NamespaceName);
        Assert.Equal(["changeset", "contact", "key_service", "endpoints"], root.Elements().Select(e => e.Name.LocalName));
        var endpoint = Assert.Single(root.Element("endpoints")!.Elements("endpoint"));
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
    }

    [Fact]
    public async Task Services_Json_ListsActiveCategories_WithStringCodes_AndValidatesAgainstTheSchema()
    {
        var lao = await LaoAsync();
        var services = await host.AnonymousClient().JsonOkAsync($"{lao.Root}/services.json");
        Open311Schema.AssertValid("services.json", services);
        var byCode = services.EnumerateArray().ToDictionary(s => s.GetProperty("service_code").GetString()!);
        Assert.Contains("street-light", byCode.Keys);
        Assert.Equal("ไฟฟ้าส่องสว่างชำรุด", byCode["street-light"].GetProperty("service_name").GetString());
        Assert.Equal("realtime", byCode["street-light"].GetProperty("type").GetString());
        Assert.Equal("infrastructure", byCode["street-light"].GetProperty("group").GetString());
        Assert.Contains("lamp", byCode["street-light"].GetProperty("keywords").GetString(), StringComparison.Ordinal);
        Assert.True(byCode["nuisance"].GetProperty("metadata").GetBoolean());
        Assert.False(byCode["road"].GetProperty("metadata").GetBoolean());

        var english = await host.AnonymousClient().JsonOkAsync($"{lao.Root}/services.json?locale=en");
        Assert.Contains(english.EnumerateArray(), s => s.GetProperty("service_name").GetString() == "Street light out");
    }

    [Fact]
    public async Task Services_Xml_HasServicesServiceElementsInSpecOrder()
    {
        var lao = await LaoAsync();
        var root = (await host.AnonymousClient().XmlOkAsync($"{lao.Root}/services.xml")).Root!;
        Assert.Equal("services", root.Name.LocalName);
        Assert.All(root.Elements(), e => Assert.Equal("service", e.Name.LocalName));
        var light = root.Elements().Single(e => e.Element("service_code")!.Value == "street-light");
        Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"], light.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("true", light.Element("metadata")!.Value);
    }

    [Fact]
    public async Task ServiceDefinition_Json_ListsAttributesAndListValues()
    {
        var lao = await LaoAsync();
        var definition = await host.AnonymousClient().JsonOkAsync($"{lao.Root}/services/nuisance.json");
        Open311Schema.AssertValid("service-definition.json", definition);
        Assert.Equal("nuisance", definition.GetProperty("service_code").GetString());
        var attribute = Assert.Single(definition.GetProperty("attributes").EnumerateArray());
        Assert.True(attribute.GetProperty("variable").GetBoolean());
        Assert.Equal("kind", attribute.GetProperty("code").GetString());
        Assert.Equal("singlevaluelist", attribute.GetProperty("datatype").GetString());
        Assert.True(attribute.GetProperty("required").GetBoolean());
        Assert.Equal(1, attribute.GetProperty("order").GetInt32());
        Assert.Equal(JsonValueKind.Null, attribute.GetProperty("datatype_description").ValueKind);
        var values = attribute.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["noise", "smell", "smoke", "other"], values.Select(v => v.GetProperty("key").GetString()));
        Assert.Equal("เสียง / Noise", values[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task ServiceDefinition_Xml_HasServiceDefinitionAttributesAttributeValuesValue()
    {
        var lao = await LaoAsync();
        var root = (await host.AnonymousClient().XmlOkAsync($"{lao.Root}/services/nuisance.xml")).Root!;
        Assert.Equal("service_definition", root.Name.LocalName);
        Assert.Equal("nuisance", root.Element("service_code")!.Value);
        var attribute = Assert.Single(root.Element("attributes")!.Elements("attribute"));
        Assert.Equal(["variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"],
            attribute.Elements().Select(e => e.Name.LocalName));
        var value = attribute.Element("values")!.Elements("value").First();
        Assert.Equal("noise", value.Element("key")!.Value);
        Assert.Equal("เสียง / Noise", value.Element("name")!.Value);
    }

    [Fact]
    public async Task ConfidentialCategory_IsAbsentFromTheList_AndItsDefinitionIs404()
    {
        var lao = await LaoAsync();
        var client = host.AnonymousClient();
        var services = await client.JsonOkAsync($"{lao.Root}/services.json");
        Assert.DoesNotContain(services.EnumerateArray(), s => s.GetProperty("service_code").GetString() == "corruption");
        Assert.DoesNotContain("corruption", (await client.Open311GetAsync($"{lao.Root}/services.xml")).Body, StringComparison.Ordinal);

        var json = await client.Open311GetAsync($"{lao.Root}/services/corruption.json");
        Assert.Equal(HttpStatusCode.NotFound, json.Status);
        Assert.Equal(404, Assert.Single(json.Errors()).Code);
        var xml = await client.Open311GetAsync($"{lao.Root}/services/corruption.xml");
        Assert.Equal(HttpStatusCode.NotFound, xml.Status);
        Assert.Equal(404, Assert.Single(xml.XmlErrors()).Code);
    }

    [Fact]
    public async Task InactiveCategory_LeavesTheList()
    {
        var lao = await LaoAsync();
        await lao.AddCategoryAsync(new Category("o311-retired", "ยกเลิกแล้ว", "Retired") { Department = "สำนักปลัด", Active = false });
        var client = host.AnonymousClient();
        Assert.DoesNotContain("o311-retired", (await client.Open311GetAsync($"{lao.Root}/services.json")).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Open311GetAsync($"{lao.Root}/services/o311-retired.json")).Status);
    }

    [Theory]
    [InlineData("/services.csv", HttpStatusCode.NotFound)]
    [InlineData("/services", HttpStatusCode.NotFound)]
    [InlineData("/services/no-such-service.json", HttpStatusCode.NotFound)]
    [InlineData("/nothing-here.json", HttpStatusCode.NotFound)]
    [InlineData("/tokens/not-a-token.json", HttpStatusCode.NotFound)]
    [InlineData("/requests/CMP-0000-999999.json", HttpStatusCode.NotFound)]
    public async Task UnknownResourceOrSuffix_IsAnOpen311Error(string path, HttpStatusCode status)
    {
        var lao = await LaoAsync();
        var response = await host.AnonymousClient().Open311GetAsync(lao.Root + path);
        Assert.Equal(status, response.Status);
        Assert.Equal((int)status, Assert.Single(response.Errors()).Code);
    }

    [Fact]
    public async Task UnknownResource_AsXml_IsAnXmlError_AndAWrongMethodIs400()
    {
        var lao = await LaoAsync();
        var client = host.AnonymousClient();
        var xml = await client.Open311GetAsync($"{lao.Root}/services/no-such-service.xml");
        Assert.Equal(HttpStatusCode.NotFound, xml.Status);
        Assert.Contains("no-such-service", Assert.Single(xml.XmlErrors()).Description, StringComparison.Ordinal);

        var post = await client.Open311PostAsync($"{lao.Root}/services.xml", ("service_code", "road"));
        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal(400, Assert.Single(post.XmlErrors()).Code);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOpen311ServicesTests(SqliteHost host) : Open311ServicesTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOpen311ServicesTests(PostgresHost host) : Open311ServicesTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlOpen311ServicesTests(MySqlHost host) : Open311ServicesTests(host);
