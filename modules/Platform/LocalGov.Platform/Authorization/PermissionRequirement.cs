using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Platform.Authorization;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
