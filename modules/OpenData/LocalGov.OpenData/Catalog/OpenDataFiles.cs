using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LocalGov.OpenData.Ckan;
using LocalGov.OpenData.Dcat;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalGov.OpenData.Catalog;

/// <summary>
/// The files behind the catalogue, at stable addresses a harvester keeps: <c>/open-data/{name}.csv</c> and
/// <c>.json</c> (the resources), <c>/open-data/{name}.jsonld</c> (the dataset in DCAT) and
/// <c>/open-data/catalog.jsonld</c>. Anonymous, under the anonymous rate limit, readable from any origin.
/// </summary>
internal static class OpenDataFiles
{
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/open-data/{file}", GetAsync).AllowAnonymous().RequireCors(CkanApi.CorsPolicy).ExcludeFromDescription();

    private static async Task<IResult> GetAsync(string file, HttpContext http, OpenDataCatalog catalog, DcatDocument dcat, CancellationToken cancellationToken)
    {
        var dot = file.LastIndexOf('.');
        var (name, extension) = dot > 0 ? (file[..dot], file[(dot + 1)..].ToLowerInvariant()) : (file, "");
        if (name == "catalog" && extension == "jsonld")
        {
            return Text((await dcat.CatalogAsync(cancellationToken)).ToJsonString(Json), DcatDocument.ContentType);
        }
        if (extension is not ("csv" or "json" or "jsonld") || await catalog.FindAsync(name, cancellationToken) is not { } entry || entry.Name != name)
        {
            await Problems.WriteAsync(http, StatusCodes.Status404NotFound, new(
                $"ไม่พบไฟล์ข้อมูลเปิด {file} ดูรายการได้ที่ /open-data", $"There is no open-data file {file}; see /open-data."));
            return Results.Empty;
        }
        if (extension == "jsonld")
        {
            return Text(dcat.Dataset(entry).ToJsonString(Json), DcatDocument.ContentType);
        }
        var table = await catalog.ReadAsync(entry, cancellationToken);
        return extension == "csv"
            ? TypedResults.File(TableFormats.Csv(table), TableFormats.CsvType, $"{entry.Name}.csv")
            : Text(TableFormats.Json(table).ToJsonString(Json), TableFormats.JsonType);
    }

    private static IResult Text(string body, string contentType) => TypedResults.Text(body, contentType);
}
