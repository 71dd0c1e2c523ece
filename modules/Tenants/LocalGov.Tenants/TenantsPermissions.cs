using LocalGov.Platform.Authorization;

namespace LocalGov.Tenants;

/// <summary>The Tenants module's permissions, and the policy names pages put in [Authorize].</summary>
public static class TenantsPermissions
{
    /// <summary>Host: see the LAOs of one's province (all, for the national admin).</summary>
    public const string Console = "Tenants.Console";
    /// <summary>Host: create, suspend and reactivate LAOs of one's province.</summary>
    public const string Onboard = "Tenants.Onboard";
    /// <summary>Host: manage provinces and invite their admins (national admin).</summary>
    public const string ManageProvinces = "Tenants.ManageProvinces";
    /// <summary>Tenant: the back office landing page (every staff role).</summary>
    public const string StaffArea = "Tenants.StaffArea";
    /// <summary>Tenant: invite staff, assign roles, edit role permissions and LAO settings, read the LAO's audit log.</summary>
    public const string Administer = "Tenants.Administer";
    /// <summary>Tenant: the satisfaction indicator per service and month, with the residents' comments.</summary>
    public const string Satisfaction = "Tenants.Satisfaction";

    public const string ConsolePolicy = PermissionPolicies.Prefix + Console;
    public const string OnboardPolicy = PermissionPolicies.Prefix + Onboard;
    public const string ManageProvincesPolicy = PermissionPolicies.Prefix + ManageProvinces;
    public const string StaffAreaPolicy = PermissionPolicies.Prefix + StaffArea;
    public const string AdministerPolicy = PermissionPolicies.Prefix + Administer;
    public const string SatisfactionPolicy = PermissionPolicies.Prefix + Satisfaction;
}
