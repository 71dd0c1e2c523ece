using System.Security.Claims;
using LocalGov.Identity.Contracts;

namespace LocalGov.Tenants.Console;

/// <summary>
/// Which provinces a host admin may see and change: the national admin all of them, a provincial admin only their
/// own. Everything outside the scope is answered as if it did not exist.
/// </summary>
public sealed record ConsoleScope(bool AllProvinces, string? ProvinceCode)
{
    public static ConsoleScope Of(ClaimsPrincipal user) =>
        user.FindFirst(IdentityClaimTypes.Kind)?.Value == nameof(UserKind.NationalAdmin)
            ? new ConsoleScope(true, null)
            : new ConsoleScope(false, user.FindFirst(IdentityClaimTypes.Province)?.Value ?? "--");

    public bool Covers(string provinceCode) => AllProvinces || provinceCode == ProvinceCode;
}
