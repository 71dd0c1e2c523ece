using LocalGov.Identity.Contracts;
using LocalGov.Identity.Invitations;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Identity.Staff;

internal sealed class StaffDirectory(LocalGovDbContext db, UserManager<LocalGovUser> users, TimeProvider clock) : IStaffDirectory
{
    public async Task<IReadOnlyDictionary<Guid, int>> CountStaffAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken cancellationToken = default)
    {
        var ids = tenantIds.ToList();
        return await db.Set<LocalGovUser>()
            .Where(u => u.Kind == UserKind.Staff && u.TenantId != null && ids.Contains(u.TenantId.Value))
            .GroupBy(u => u.TenantId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> ListStaffAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        await DescribeAsync(db.Set<LocalGovUser>().Where(u => u.Kind == UserKind.Staff && u.TenantId == tenantId), cancellationToken);

    public async Task<IReadOnlyList<StaffMember>> ListStaffWithPermissionAsync(Guid tenantId, string permission, CancellationToken cancellationToken = default)
    {
        var roles = await db.Set<PermissionGrant>().AsNoTracking()
            .Where(g => g.TenantId == tenantId && g.PermissionName == permission)
            .Select(g => g.RoleName).ToListAsync(cancellationToken);
        var staff = await ListStaffAsync(tenantId, cancellationToken);
        return [.. staff.Where(s => !s.Deactivated && !s.LockedOut && !s.InvitationPending && s.Roles.Any(roles.Contains))
            .OrderBy(s => s.DisplayName, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<StaffMember>> ListProvincialAdminsAsync(string? provinceCode, CancellationToken cancellationToken = default) =>
        await DescribeAsync(db.Set<LocalGovUser>().Where(u => u.Kind == UserKind.ProvincialAdmin && (provinceCode == null || u.ProvinceCode == provinceCode)),
            cancellationToken);

    public async Task SetRolesAsync(Guid tenantId, Guid userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        if (roles.Count == 0 || roles.Any(r => !RoleTemplates.TenantRoles.Contains(r)))
        {
            throw new BusinessRuleException(new LocalizedText("เลือกบทบาทอย่างน้อยหนึ่งบทบาทจากรายการ", "Choose at least one role from the list."), "roles");
        }
        var user = await db.Set<LocalGovUser>().SingleOrDefaultAsync(u => u.Id == userId && u.TenantId == tenantId && u.Kind == UserKind.Staff, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบเจ้าหน้าที่", "No such staff member in this LAO."), "user", 404);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(RoleTemplates.TenantAdmin) && !roles.Contains(RoleTemplates.TenantAdmin))
        {
            var otherAdmins = (await users.GetUsersInRoleAsync(RoleTemplates.TenantAdmin)).Count(u => u.TenantId == tenantId && u.Id != userId);
            if (otherAdmins == 0)
            {
                throw new BusinessRuleException(new LocalizedText(
                    "ต้องมีผู้ดูแลระบบของหน่วยงานอย่างน้อยหนึ่งคน", "The LAO must keep at least one administrator."), "roles");
            }
        }
        UserInvitations.Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        UserInvitations.Check(await users.AddToRolesAsync(user, roles.Except(current)));
        if (current.Except(roles).Any())
        {
            UserInvitations.Check(await users.UpdateSecurityStampAsync(user)); // signed-in sessions end with the role
        }
    }

    public async Task DeactivateAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Set<LocalGovUser>().SingleOrDefaultAsync(u => u.Id == userId && u.TenantId == tenantId && u.Kind == UserKind.Staff, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบเจ้าหน้าที่", "No such staff member in this LAO."), "user", 404);
        var roles = await users.GetRolesAsync(user);
        if (roles.Contains(RoleTemplates.TenantAdmin)
            && (await users.GetUsersInRoleAsync(RoleTemplates.TenantAdmin)).Count(u => u.TenantId == tenantId && u.Id != userId && u.DeactivatedAt == null) == 0)
        {
            throw new BusinessRuleException(new LocalizedText(
                "ต้องมีผู้ดูแลระบบของหน่วยงานอย่างน้อยหนึ่งคน", "The LAO must keep at least one administrator."), "user");
        }
        user.DeactivatedAt ??= clock.GetUtcNow().UtcDateTime; // its own state: a password reset does not undo it
        UserInvitations.Check(await users.RemoveFromRolesAsync(user, roles));
        UserInvitations.Check(await users.UpdateSecurityStampAsync(user)); // saves the state too
    }

    private async Task<IReadOnlyList<StaffMember>> DescribeAsync(IQueryable<LocalGovUser> query, CancellationToken cancellationToken)
    {
        var people = await query.OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var roles = await (from ur in db.Set<IdentityUserRole<Guid>>()
                           join r in db.Set<IdentityRole<Guid>>() on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. people.Select(p => new StaffMember(p.Id, p.Email!, p.DisplayName, p.ProvinceCode,
            [.. roles.Where(r => r.UserId == p.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)],
            p.TwoFactorEnabled, p.InvitationPending, p.LockoutEnd > now, p.IsDeactivated))];
    }
}
