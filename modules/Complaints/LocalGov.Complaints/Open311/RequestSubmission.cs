using System.Globalization;
using System.Text.RegularExpressions;
using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// POST requests (GeoReport v2, "POST Service Request"): a form from an app holding one of the LAO's API keys.
/// Everything the spec requires is checked first and every problem reported at once; the complaint is then filed
/// through <see cref="ComplaintFiling"/> like any other, channel Open311, the app's name as the channel detail.
/// </summary>
internal sealed partial class RequestSubmission(LocalGovDbContext db, Open311Keys keys, ComplaintFiling filing)
{
    public async Task<Open311Result> SubmitAsync(Open311Format format, HttpContext http, bool thai, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
        }
        catch (InvalidDataException)
        {
            return Open311Errors.BadRequest(format, new("อ่านแบบฟอร์มไม่ได้ ส่งเป็น application/x-www-form-urlencoded",
                "The form could not be read; send it as application/x-www-form-urlencoded."));
        }
        string? Get(string name) => Value(form[name]) ?? Value(http.Request.Query[name]);
        thai = Open311Api.Locale(Get("locale")) ?? thai;

        var (client, refusal) = await keys.UseAsync(Get("api_key"), cancellationToken);
        if (client is null)
        {
            return Open311Errors.Result(format, new Open311Error(StatusCodes.Status403Forbidden, refusal!));
        }

        var errors = new List<Open311Error>();
        var category = await FindServiceAsync(Get("service_code"), errors, cancellationToken);
        var latitude = Coordinate(Get("lat"), "lat", errors);
        var longitude = Coordinate(Get("long"), "long", errors);
        var address = Get("address_string");
        var addressId = Get("address_id");
        if ((Get("lat") is null) != (Get("long") is null))
        {
            errors.Add(Bad(new("ส่ง lat และ long คู่กัน", "lat and long must be sent together.")));
        }
        else if (Get("lat") is null && address is null && addressId is null)
        {
            errors.Add(Bad(new("ระบุสถานที่: lat และ long หรือ address_string หรือ address_id",
                "A location is required: lat and long, or address_string, or address_id.")));
        }
        var attributes = Attributes(form);
        if (category is not null)
        {
            foreach (var missing in category.Attributes.Where(a => a.Variable && a.Required && !attributes.ContainsKey(a.Code)).OrderBy(a => a.Order))
            {
                errors.Add(Bad(new($"ต้องตอบ attribute[{missing.Code}]: {missing.DescriptionTh}",
                    $"attribute[{missing.Code}] is required: {missing.DescriptionEn}")));
            }
        }
        var description = Get("description");
        if (description is { Length: > Complaint.MaxDescription })
        {
            errors.Add(Bad(new($"description ยาวเกิน {Complaint.MaxDescription:N0} ตัวอักษร", $"description is longer than {Complaint.MaxDescription:N0} characters.")));
        }
        else if (description is not null && MarkupPattern().IsMatch(description))
        {
            errors.Add(Bad(new("description ต้องเป็นข้อความธรรมดา ไม่มี HTML", "description must be plain text, without HTML.")));
        }
        if (errors.Count > 0)
        {
            return Open311Errors.Result(format, errors);
        }

        var name = string.Join(' ', new[] { Get("first_name"), Get("last_name") }.Where(n => n is not null));
        var request = new FilingRequest(category!.Code, description, latitude, longitude, address, ComplaintChannel.Open311,
            new Reporter(null, name.Length > 0 ? name : null, Get("email"), Get("phone")))
        {
            ChannelDetail = client.Name,
            Attributes = attributes,
            AddressId = addressId,
            DeviceId = Get("device_id"),
            AccountId = Get("account_id"),
            MediaUrl = Get("media_url"),
            Culture = thai ? "th" : "en",
        };
        FilingResult filed;
        try
        {
            filed = await filing.FileAsync(request, cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            return Open311Errors.Result(format, new Open311Error(e.StatusCode, e.UserMessage));
        }
        // a realtime service: the id now, so no token in this answer (the spec allows one or the other)
        return new Open311Result(format, new Open311Document("service_requests", Open311Node.List("request", [Open311Node.Object(
            ("service_request_id", Open311Node.Text(filed.Complaint.TrackingCode)),
            ("service_notice", Open311Node.Text(ServiceRequests.ServiceNotice(category.SlaHours, category.Department, thai))),
            ("account_id", Open311Node.Text(Get("account_id"))))])));
    }

    private async Task<Category?> FindServiceAsync(string? code, List<Open311Error> errors, CancellationToken cancellationToken)
    {
        if (code is null)
        {
            errors.Add(Bad(new("ไม่ได้ระบุ service_code", "service_code was not provided.")));
            return null;
        }
        // a confidential category is absent from Open311, here as in the service list
        var category = await db.Set<Category>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.Code == code && c.Active && !c.Confidential, cancellationToken);
        if (category is null)
        {
            errors.Add(new Open311Error(StatusCodes.Status404NotFound, ServiceList.UnknownService(code)));
        }
        return category;
    }

    private static double? Coordinate(string? text, string name, List<Open311Error> errors)
    {
        if (text is null)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        errors.Add(Bad(new($"{name} ต้องเป็นตัวเลขทศนิยม (WGS84) เช่น 18.7883", $"{name} must be a decimal number (WGS84), e.g. 18.7883.")));
        return null;
    }

    /// <summary><c>attribute[CODE]=v</c>, and <c>attribute[CODE][]=v</c> repeated for a multivaluelist.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Attributes(IFormCollection form)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in form)
        {
            var match = AttributePattern().Match(key);
            if (!match.Success)
            {
                continue;
            }
            var given = values.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();
            if (given.Count == 0)
            {
                continue; // empty means absent
            }
            var code = match.Groups[1].Value;
            answers[code] = answers.TryGetValue(code, out var earlier) ? [.. earlier, .. given] : given;
        }
        return answers;
    }

    private static string? Value(Microsoft.Extensions.Primitives.StringValues values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static Open311Error Bad(LocalizedText text) => new(StatusCodes.Status400BadRequest, text);

    [GeneratedRegex(@"^attribute\[([^\[\]]+)\](\[\])?$")]
    private static partial Regex AttributePattern();

    /// <summary>An HTML tag or comment: the spec allows line breaks in a description, "but not html or code".</summary>
    [GeneratedRegex(@"<!--|</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>")]
    private static partial Regex MarkupPattern();
}
