using System.Globalization;
using System.Text.Json;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using LocalGov.Tax.Rates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalGov.Tax.Estimator;

/// <summary>
/// The public estimator API, no sign-in: <c>POST /api/tax/land-building/estimate</c> and
/// <c>POST /api/tax/signboard/estimate</c> within an LAO. The body is read field by field, so a missing or
/// mistyped field gets a 400 problem naming it (type <c>field:&lt;name&gt;</c>), in Thai and English.
/// </summary>
internal static class EstimatorApi
{
    /// <summary>Counted on the bytes read (the platform's BodyLimitMiddleware), chunked or not: more is 413.</summary>
    public const int MaxBodyBytes = 16_384;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tax").AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimitPolicies.Calculator)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes)).WithTags("Tax");
        group.MapPost("/land-building/estimate", LandBuildingAsync);
        group.MapPost("/signboard/estimate", SignboardAsync);
    }

    private static async Task<IResult> LandBuildingAsync(HttpRequest request, Estimates estimates, CancellationToken cancellationToken)
    {
        var body = await ReadAsync(request, cancellationToken);
        var taxYear = Int(body, "taxYear", required: true)!.Value;
        var useText = Text(body, "use");
        var use = LandUses.FromCode(useText) ?? throw Invalid("use", $"การใช้ประโยชน์ต้องเป็นหนึ่งใน: {LandUses.CodeList}", $"use must be one of: {LandUses.CodeList}.");
        var value = Number(body, "value");
        var individual = Bool(body, "ownerIsIndividual") ?? true;
        var yearsVacant = Int(body, "yearsVacant", required: false) ?? 0;
        return Results.Ok(await estimates.LandBuildingAsync(taxYear, use, value, individual, yearsVacant, cancellationToken));
    }

    private static async Task<IResult> SignboardAsync(HttpRequest request, Estimates estimates, CancellationToken cancellationToken)
    {
        var body = await ReadAsync(request, cancellationToken);
        var taxYear = Int(body, "taxYear", required: true)!.Value;
        var type = Int(body, "type", required: true)!.Value;
        var moving = Bool(body, "moving") ?? false;
        var width = Int(body, "widthCm", required: true)!.Value;
        var height = Int(body, "heightCm", required: true)!.Value;
        var installedText = Text(body, "installedOn");
        if (!DateOnly.TryParseExact(installedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var installedOn))
        {
            throw Invalid("installedOn", "วันที่ติดตั้งต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.) เช่น 2026-05-10", "installedOn must be a date as yyyy-MM-dd, e.g. 2026-05-10.");
        }
        return Results.Ok(await estimates.SignboardAsync(taxYear, type, moving, width, height, installedOn, cancellationToken));
    }

    private static async Task<JsonElement> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("body", "ส่งข้อมูลเป็นออบเจกต์ JSON", "Send a JSON object.");
            }
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw Invalid("body", "ข้อมูลไม่ใช่ JSON ที่ถูกต้อง", "The body is not valid JSON.");
        }
    }

    private static bool TryGet(JsonElement body, string name, out JsonElement value)
    {
        foreach (var property in body.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static int? Int(JsonElement body, string name, bool required)
    {
        if (!TryGet(body, name, out var value))
        {
            return required ? throw Invalid(name, $"ต้องระบุ {name}", $"{name} is required.") : null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }
        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }
        throw Invalid(name, $"{name} ต้องเป็นจำนวนเต็ม", $"{name} must be a whole number.");
    }

    private static decimal Number(JsonElement body, string name)
    {
        if (!TryGet(body, name, out var value))
        {
            throw Invalid(name, $"ต้องระบุ {name} (บาท)", $"{name} is required (baht).");
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }
        if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }
        throw Invalid(name, $"{name} ต้องเป็นตัวเลข (บาท)", $"{name} must be a number of baht.");
    }

    private static bool? Bool(JsonElement body, string name)
    {
        if (!TryGet(body, name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(name, $"{name} ต้องเป็น true หรือ false", $"{name} must be true or false."),
        };
    }

    private static string? Text(JsonElement body, string name)
    {
        if (!TryGet(body, name, out var value))
        {
            throw Invalid(name, $"ต้องระบุ {name}", $"{name} is required.");
        }
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Invalid(name, $"{name} ต้องเป็นข้อความ", $"{name} must be a string.");
    }

    private static BusinessRuleException Invalid(string field, string th, string en) => new(new LocalizedText(th, en), field);
}
