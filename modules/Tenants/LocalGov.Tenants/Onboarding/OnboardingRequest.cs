using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Tenants.Onboarding;

/// <summary>What a provincial admin fills in to bring an LAO onto LocalGov.</summary>
public sealed class OnboardingRequest
{
    public string? Code { get; set; }
    public string? NameTh { get; set; }
    public string? NameEn { get; set; }
    public TenantKind Kind { get; set; } = TenantKind.SubdistrictAdministrativeOrganization;
    public string? ProvinceCode { get; set; }
    public string? DopaCode { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    /// <summary>Custom domains, one per line or comma-separated.</summary>
    public string? HostNames { get; set; }
    public List<string> Modules { get; set; } = [];
    public string? AdminName { get; set; }
    public string? AdminEmail { get; set; }
}
