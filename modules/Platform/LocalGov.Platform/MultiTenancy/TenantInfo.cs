using LocalGov.Platform.Localization;

namespace LocalGov.Platform.MultiTenancy;

/// <summary>An immutable, cached view of a tenant (an LAO) used on every request without touching the database.</summary>
public sealed record TenantInfo(
    Guid Id,
    string Code,
    LocalizedText Name,
    TenantKind Kind,
    string ProvinceCode,
    bool IsActive,
    IReadOnlyList<string> HostNames,
    IReadOnlyDictionary<string, bool> Features)
{
    /// <summary>The LAO's public contact address (สารบรรณ e-mail), for pages, Open311 discovery and mail.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>The LAO's public telephone number.</summary>
    public string? ContactPhone { get; init; }
}
