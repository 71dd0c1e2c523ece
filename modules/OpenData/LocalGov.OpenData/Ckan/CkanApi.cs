using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using LocalGov.OpenData.Catalog;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Ckan;

/// <summary>
/// The read side of CKAN's Action API (v3) at <c>/api/3/action/{action}</c> (and <c>/api/action/</c>, CKAN's
/// unversioned alias): package_list, package_show, package_search, organization_list, organization_show,
/// resource_show, status_show and help_show, by GET with a query string or POST with a JSON object. Answers come
/// in CKAN's envelope, <c>{"help", "success": true, "result"}</c>; refusals as <c>{"help", "success": false,
/// "error": {"__type", …}}</c> with CKAN's statuses (404 Not Found Error, 409 Validation Error, 400 for an unknown
/// action or unreadable JSON), the platform's own failures under these paths (rate limit, server error) included.
/// Anonymous, read-only, under the anonymous rate limit, readable from any web origin.
/// </summary>
internal static class CkanApi
{
    public const string CorsPolicy = "open-data";
    public const int MaxRows = 1000;

    private static readonly string[] Prefixes = ["/api/3/action", "/api/action"];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private delegate Task<JsonNode?> Action(CkanRequest request, OpenDataCatalog catalog, CkanDocuments documents, CancellationToken cancellationToken);

    private static readonly Dictionary<string, (Action Run, string Help)> Actions = new(StringComparer.Ordinal)
    {
        ["package_list"] = (PackageListAsync, "Return a list of the names of the site's datasets (packages). :param limit: :param offset:"),
        ["package_show"] = (PackageShowAsync, "Return the metadata of a dataset (package) and its resources. :param id: the id or name of the dataset"),
        ["package_search"] = (PackageSearchAsync, "Search for packages. :param q: words that must all occur; :param fq: field:value filters (organization, owner_org, name, id, tags, res_format, license_id, metadata_modified); :param rows: at most 1000 (default 10); :param start: offset; :param sort: name asc|name desc|score desc, metadata_modified desc"),
        ["organization_list"] = (OrganizationListAsync, "Return a list of the names of the site's organizations. :param all_fields: return dictionaries instead of names; :param limit: :param offset:"),
        ["organization_show"] = (OrganizationShowAsync, "Return the details of an organization. :param id: the id or name of the organization; :param include_datasets: include its datasets"),
        ["resource_show"] = (ResourceShowAsync, "Return the metadata of a resource. :param id: the id of the resource"),
        ["status_show"] = (StatusShowAsync, "Return a dictionary with information about the site's configuration."),
        ["help_show"] = (HelpShowAsync, "Return the help string for a particular API action. :param name: action name"),
    };

    public static void AddServices(IServiceCollection services)
    {
        services.AddCors(o => o.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Post).WithHeaders("Content-Type").SetPreflightMaxAge(TimeSpan.FromHours(1))));
        foreach (var prefix in Prefixes)
        {
            services.AddProblemWriter(prefix, WriteProblemAsync);
        }
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        foreach (var prefix in Prefixes)
        {
            endpoints.MapMethods(prefix + "/{action}", [HttpMethods.Get, HttpMethods.Post], RunAsync)
                .AllowAnonymous().DisableAntiforgery().RequireCors(CorsPolicy).ExcludeFromDescription()
                .WithMetadata(new RequestSizeLimitAttribute(16 * 1024));
        }
    }

    private static async Task RunAsync(string action, HttpContext http, OpenDataCatalog catalog, CkanDocuments documents, CancellationToken cancellationToken)
    {
        var help = $"{documents.Site}/api/3/action/help_show?name={Uri.EscapeDataString(action)}";
        try
        {
            if (!Actions.TryGetValue(action, out var known))
            {
                throw CkanException.BadRequest("Action name not known: " + action);
            }
            var request = await CkanRequest.ReadAsync(http.Request, cancellationToken);
            var result = await known.Run(request, catalog, documents, cancellationToken);
            await WriteAsync(http, StatusCodes.Status200OK, new JsonObject { ["help"] = help, ["success"] = true, ["result"] = result });
        }
        catch (CkanException e)
        {
            await WriteAsync(http, e.Status, Error(help, e.Type, e.Fields));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteAsync(http, e.StatusCode, Error(help, "Bad Request", new Dictionary<string, object> { ["message"] = "Bad request - " + PlatformMessages.BodyTooLarge.En }));
        }
    }

    /// <summary>The platform's failures under the API's paths (rate limit, unknown tenant, exceptions) in CKAN's error shape.</summary>
    private static Task WriteProblemAsync(HttpContext context, int status, LocalizedText message, string? type) =>
        WriteAsync(context, status, Error($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/api/3/action/help_show",
            status switch
            {
                StatusCodes.Status404NotFound => "Not Found Error",
                StatusCodes.Status403Forbidden => "Authorization Error",
                StatusCodes.Status429TooManyRequests => "Too Many Requests",
                >= 500 => "Internal Server Error",
                _ => "Bad Request",
            },
            new Dictionary<string, object> { ["message"] = message.Bilingual }));

    private static JsonObject Error(string help, string type, IReadOnlyDictionary<string, object> fields)
    {
        var error = new JsonObject { ["__type"] = type };
        foreach (var (key, value) in fields)
        {
            error[key] = JsonSerializer.SerializeToNode(value);
        }
        return new JsonObject { ["help"] = help, ["success"] = false, ["error"] = error };
    }

    private static async Task WriteAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body.ToJsonString(Json));
    }

    private static async Task<JsonNode?> PackageListAsync(CkanRequest request, OpenDataCatalog catalog, CkanDocuments documents, CancellationToken cancellationToken)
    {
        var entries = await catalog.EntriesAsync(cancellationToken);
        var offset = request.Natural("offset", 0, int.MaxValue);
        var limit = request.Natural("limit", int.MaxValue, int.MaxValue);
        return new JsonArray([.. entries.Skip(offset).Take(limit).Select(e => (JsonNode)JsonValue.Create(e.Name))]);
    }

    private static async Task<JsonNode?> PackageShowAsync(CkanRequest request, OpenDataCatalog catalog, CkanDocuments documents, CancellationToken cancellationToken)
    {
        var id = request.Required("id");
        var entry = await catalog.FindAsync(id, cancellationToken) ?? throw CkanException.NotFound(new($"ไม่พบชุดข้อมูล {id}", $"dataset {id}"));
        return documents.Package(entry, await CountAsync(catalog, entry.Publisher, cancellationToken));
    }

    private static async Task<JsonNode?> PackageSearchAsync(CkanRequest request, OpenDataCatalog catalog, CkanDocuments documents, CancellationToken cancellationToken)
    {
        var rows = request.Natural("rows", 10, MaxRows);
        var start = request.Natural("start", 0, int.MaxValue);
        var query = PackageQuery.Parse(request.Text("q"), request.Text("fq"), catalog.Modified);
        var sort = request.Text("sort") ?? "score desc, metadata_modified desc";
        var entries = (await catalog.EntriesAsync(cancellationToken)).Where(query.Matches);
        entries = sort.Trim().ToLowerInvariant() switch
        {
            "name desc" or "title_string desc" => entries.OrderByDescending(e => e.Name, StringComparer.Ordinal),
            "name asc" or "title_string asc" or "metadata_modified desc" or "metadata_modified asc" => entries,
            var s when s.StartsWith("score", StringComparison.Ordinal) => entries,
            _ => throw CkanException.Invalid("sort", new("ใช้ได้: name asc, name desc, metadata_modified desc, score desc", "Use name asc, name desc, metadata_modified desc or score desc")),
        };
        var matched = entries.ToList();
        var counts = await CountsAsync(catalog, cancellationToken);
        return new JsonObject
        {
            ["count"] = matched.Count,
            ["sort"] = sort,
            ["facets"] = new JsonObject(),
            ["search_facets"] = new JsonObject(),
            ["results"] = new JsonArray([.. matched.Skip(start).Take(rows).Select(e => (JsonNode)documents.Package(e, counts.GetValueOrDefault(e.Publisher.Name)))]),
        };
    }

    private static async Task<JsonNode?> OrganizationListAsync(CkanRequest request, OpenDataCatalog catalog, CkanDocuments documents, CancellationToken cancellationToken)
    {
        var allFields = request.Flag("all_fields");
        var offset = request.Natural("offset", 0, int.MaxValue);
        var limit = request.Natural("limit", MaxRows, MaxRows);
        var counts = await CountsAsync(catalog, cancellationToken);
        var publishers = (await catalog.PublishersAsync(cancellationToken)).Skip(offset).Take(limit);
        return new JsonArray([.. publishers.Select(p => allFields ? documents.Organization(p, counts.GetValueOrDefault(p.Name)) : (JsonNode)JsonValue.Create(p.Name))]);
    }

    private static async Task<JsonNode?> OrganizationShowAsync(CkanRequest request, OpenDataCatalog catalog, CkanDocuments documents, CancellationToken cancellationToken)
    {
        var id = request.Required("id");
        var includeDatasets = request.Flag("include_datasets");
        var publisher = await catalog.FindPublisherAsync(id, cancellationToken) ?? throw CkanException.NotFound(new($"ไม่พบหน่วยงาน {id}", $"organization {id}"));
        var own = (await catalog.EntriesAsync(cancellationToken)).Where(e => e.Publisher == publisher).ToList();
        return documents.Organization(publisher, own.Count, includeDatasets ? own.Select(e => (JsonNode)documents.Package(e, own.Count)) : null);
    }

    private static async Task<JsonNode?> ResourceShowAsync(CkanRequest request, OpenDataCatalog catalog, CkanDocuments documents, CancellationToken cancellationToken)
    {
        var id = request.Required("id").ToLowerInvariant();
        foreach (var entry in await catalog.EntriesAsync(cancellationToken))
        {
            foreach (var format in CkanDocuments.Formats)
            {
                if (CkanDocuments.ResourceId(entry, format.Extension).ToString() == id)
                {
                    return documents.Resource(entry, format.Extension);
                }
            }
        }
        throw CkanException.NotFound(new($"ไม่พบทรัพยากร {id}", $"resource {id}"));
    }

    private static Task<JsonNode?> StatusShowAsync(CkanRequest request, OpenDataCatalog catalog, CkanDocuments documents, CancellationToken cancellationToken) =>
        Task.FromResult<JsonNode?>(new JsonObject
        {
            ["site_title"] = "LocalGov — ข้อมูลเปิดองค์กรปกครองส่วนท้องถิ่น / open data of local administrative organizations",
            ["site_description"] = "ข้อมูลสถิติของ อปท. ที่ใช้ LocalGov ตามรูปแบบ CKAN Action API / Statistics of the LAOs on LocalGov, through CKAN's Action API",
            ["site_url"] = documents.Site,
            // the CKAN API level these answers follow (field names and envelope of CKAN 2.10); this server is LocalGov, not CKAN
            ["ckan_version"] = "2.10.0",
            ["error_emails_to"] = null,
            ["locale_default"] = "th",
            ["extensions"] = new JsonArray("dcat"),
        });

    private static Task<JsonNode?> HelpShowAsync(CkanRequest request, OpenDataCatalog catalog, CkanDocuments documents, CancellationToken cancellationToken)
    {
        var name = request.Required("name");
        return Actions.TryGetValue(name, out var action)
            ? Task.FromResult<JsonNode?>(JsonValue.Create(action.Help))
            : throw CkanException.NotFound(new($"ไม่มีคำสั่ง {name}", $"action {name}"));
    }

    private static async Task<int> CountAsync(OpenDataCatalog catalog, Publisher publisher, CancellationToken cancellationToken) =>
        (await catalog.EntriesAsync(cancellationToken)).Count(e => e.Publisher == publisher);

    private static async Task<Dictionary<string, int>> CountsAsync(OpenDataCatalog catalog, CancellationToken cancellationToken) =>
        (await catalog.EntriesAsync(cancellationToken)).GroupBy(e => e.Publisher.Name).ToDictionary(g => g.Key, g => g.Count());
}
