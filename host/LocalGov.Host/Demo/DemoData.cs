using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Host.Demo;

/// <summary>The demo province and LAOs that <c>dotnet run</c> starts with in Development (or with <c>Demo:Seed=true</c>).</summary>
internal static class DemoData
{
    public const string ProvinceCode = "50"; // Chiang Mai (เชียงใหม่)

    public static readonly LocalizedText Province = new("เชียงใหม่", "Chiang Mai");

    public static IReadOnlyList<DemoTenant> Tenants { get; } =
    [
        new("demo-city", "เทศบาลนครเดโม", "Demo City Municipality", TenantKind.CityMunicipality,
            ["Complaints", "WasteFees", "Permits", "Tax", "Payments"]),
        new("demo-town", "เทศบาลตำบลเดโม", "Demo Subdistrict Municipality", TenantKind.SubdistrictMunicipality,
            ["Complaints", "WasteFees", "Payments"]),
        new("demo-sao", "องค์การบริหารส่วนตำบลเดโม", "Demo Subdistrict Administrative Organization",
            TenantKind.SubdistrictAdministrativeOrganization, ["Complaints"]),
    ];
}

internal sealed record DemoTenant(string Code, string NameTh, string NameEn, TenantKind Kind, IReadOnlyList<string> Modules);
