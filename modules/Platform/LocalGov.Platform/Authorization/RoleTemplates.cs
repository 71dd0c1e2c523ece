namespace LocalGov.Platform.Authorization;

/// <summary>The roles every new tenant starts with; a permission names the templates that receive it by default.</summary>
public static class RoleTemplates
{
    public const string TenantAdmin = "tenant-admin";
    public const string ComplaintsOfficer = "complaints-officer";
    public const string RevenueOfficer = "revenue-officer";
    public const string BuildingOfficer = "building-officer";
    public const string Cashier = "cashier";

    /// <summary>Host roles.</summary>
    public const string NationalAdmin = "national-admin";
    public const string ProvincialAdmin = "provincial-admin";

    public static IReadOnlyList<string> TenantRoles { get; } =
        [TenantAdmin, ComplaintsOfficer, RevenueOfficer, BuildingOfficer, Cashier];
}
