using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace LocalGov.Platform.Authorization;

/// <summary>Every endpoint states its permission: <c>.RequirePermission("Complaints.Triage")</c>.</summary>
public static class PermissionPolicies
{
    public const string Prefix = "perm:";

    public static string For(string permission) => Prefix + permission;

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(For(permission));
}
