using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Queue;

/// <summary>The LAO's active staff whose roles hold a permission there: the officers a supervisor may assign a case to.</summary>
public static class PermitOfficers
{
    public static async Task<IReadOnlyList<StaffMember>> WithPermissionAsync(LocalGovDbContext db, IStaffDirectory directory, Guid tenantId,
        string permission, CancellationToken cancellationToken)
    {
        var roles = await db.Set<PermissionGrant>().AsNoTracking()
            .Where(g => g.TenantId == tenantId && g.PermissionName == permission)
            .Select(g => g.RoleName).ToListAsync(cancellationToken);
        var staff = await directory.ListStaffAsync(tenantId, cancellationToken);
        return [.. staff.Where(s => !s.Deactivated && !s.LockedOut && !s.InvitationPending && s.Roles.Any(roles.Contains))
            .OrderBy(s => s.DisplayName, StringComparer.Ordinal)];
    }
}
