using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Http;

namespace LocalGov.Complaints.Open311;

/// <summary>One entry of an Open311 <c>errors</c> answer; <see cref="Code"/> is the HTTP status it stands for.</summary>
internal sealed record Open311Error(int Code, LocalizedText Description);

/// <summary>
/// Open311's error shape (<c>&lt;errors&gt;&lt;error&gt;&lt;code/&gt;&lt;description/&gt;</c>, or a JSON array of
/// <c>{code, description}</c>) for every failure under /open311, the platform's included: the module registers
/// <see cref="WriteAsync"/> as the problem writer of its path prefix. Statuses follow the spec: 404 for what does
/// not exist, 403 for a missing or bad api_key, 400 for anything else; 429 and 5xx keep their meaning.
/// </summary>
internal static class Open311Errors
{
    /// <summary>Set by <see cref="JurisdictionContributor"/> when an Open311 request names no tenant at all.</summary>
    public const string MissingJurisdictionItem = "LocalGov.Open311.MissingJurisdiction";

    public static readonly LocalizedText MissingJurisdiction = new(
        "ไม่ได้ระบุ jurisdiction_id: ใส่รหัสหน่วยงานหรือชื่อโดเมนของหน่วยงาน",
        "jurisdiction_id was not provided: give the LAO's code or domain name.");

    public static readonly LocalizedText UnknownJurisdiction = new(
        "ไม่พบหน่วยงานตาม jurisdiction_id หรือที่อยู่ที่ระบุ",
        "The jurisdiction named by jurisdiction_id or by the address was not found.");

    public static readonly LocalizedText UnknownResource = new(
        "ไม่มีบริการ Open311 ที่ที่อยู่นี้ ดูรายการได้ที่ discovery.xml หรือ discovery.json",
        "There is no Open311 resource at this address; see discovery.xml or discovery.json.");

    public static Open311Result Result(Open311Format format, params Open311Error[] errors) => Result(format, (IReadOnlyList<Open311Error>)errors);

    /// <summary>Several errors at once; the HTTP status is the weightiest of them (403, then 404, then the first).</summary>
    public static Open311Result Result(Open311Format format, IReadOnlyList<Open311Error> errors)
    {
        var status = errors.Any(e => e.Code == StatusCodes.Status403Forbidden) ? StatusCodes.Status403Forbidden
            : errors.Any(e => e.Code == StatusCodes.Status404NotFound) ? StatusCodes.Status404NotFound
            : errors[0].Code;
        return new Open311Result(format, Document(errors), HttpStatus(status));
    }

    public static Open311Result NotFound(Open311Format format, LocalizedText message) => Result(format, new Open311Error(StatusCodes.Status404NotFound, message));

    public static Open311Result BadRequest(Open311Format format, LocalizedText message) => Result(format, new Open311Error(StatusCodes.Status400BadRequest, message));

    /// <summary>The platform's failures (unknown tenant, module off, rate limit, exceptions) in Open311's shape.</summary>
    public static Task WriteAsync(HttpContext context, int status, LocalizedText message, string? type)
    {
        if (status == StatusCodes.Status404NotFound && context.Items.ContainsKey(MissingJurisdictionItem))
        {
            // nothing named a tenant, so the module's feature gate found none: the spec calls that a 400
            status = StatusCodes.Status400BadRequest;
            message = MissingJurisdiction;
        }
        else if (type == "unknown-tenant")
        {
            message = UnknownJurisdiction;
        }
        var format = Open311Formats.ForErrorsAt(context.Request.Path);
        return Result(format, new Open311Error(status, message)).ExecuteAsync(context);
    }

    private static Open311Document Document(IEnumerable<Open311Error> errors) => new("errors", Open311Node.List("error",
        errors.Select(e => Open311Node.Object(("code", Open311Node.Number(e.Code)), ("description", Open311Node.Text(e.Description.Bilingual))))));

    /// <summary>Open311 knows 400, 403 and 404; rate limits and server failures keep their own status.</summary>
    private static int HttpStatus(int status) => status is 400 or 403 or 404 or 429 or >= 500 ? status : StatusCodes.Status400BadRequest;
}
