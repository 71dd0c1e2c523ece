using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;
using Microsoft.AspNetCore.Identity;

namespace LocalGov.Host.Demo;

/// <summary>One demo account for every role, all with the same password. Admin accounts set up two-factor sign-in at first use.</summary>
internal static class DemoAccounts
{
    public const string Password = "LocalGov-2569";
    public const string NationalAdmin = "national@localgov.local";
    public const string ProvincialAdmin = "chiangmai@localgov.local";
    public const string Resident = "resident@localgov.local";
    public const string ResidentNationalId = "1112034563562";

    private static string? passwordHash;

    public static string Staff(string tenantCode, string role) => $"{role}@{tenantCode}.localgov.local";

    public static async Task SeedAsync(IServiceProvider services, IReadOnlyList<TenantInfo> tenants, TimeProvider clock)
    {
        var users = services.GetRequiredService<UserManager<LocalGovUser>>();
        // One password hash for every demo account: hashing is deliberately slow (PBKDF2), and twenty of them would
        // add a second to the first start. Demo accounts only; real accounts each get their own salt.
        passwordHash ??= users.PasswordHasher.HashPassword(new LocalGovUser(), Password);
        await EnsureAsync(users, NationalAdmin, "ผู้ดูแลระดับประเทศ (ตัวอย่าง)", UserKind.NationalAdmin, [RoleTemplates.NationalAdmin], clock);
        await EnsureAsync(users, ProvincialAdmin, "ผู้ดูแลจังหวัดเชียงใหม่ (ตัวอย่าง)", UserKind.ProvincialAdmin, [RoleTemplates.ProvincialAdmin], clock,
            u => u.ProvinceCode = DemoData.ProvinceCode);
        foreach (var tenant in tenants)
        {
            foreach (var role in RoleTemplates.TenantRoles)
            {
                await EnsureAsync(users, Staff(tenant.Code, role), $"{RoleNames.For(role).Th} {tenant.Name.Th}", UserKind.Staff, [role], clock,
                    u => u.TenantId = tenant.Id);
            }
        }
        var vault = services.GetRequiredService<IPersonalDataVault>();
        await EnsureAsync(users, Resident, "สมชาย ใจดี (ตัวอย่าง)", UserKind.Resident, [], clock, u =>
        {
            var id = vault.Protect(ResidentNationalId);
            u.NationalIdCipher = id.Cipher;
            u.NationalIdHash = id.Hash;
        });
    }

    private static async Task EnsureAsync(UserManager<LocalGovUser> users, string email, string name, UserKind kind,
        string[] roles, TimeProvider clock, Action<LocalGovUser>? adjust = null)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }
        var user = new LocalGovUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            Kind = kind,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        adjust?.Invoke(user);
        user.PasswordHash = passwordHash;
        Check(await users.CreateAsync(user), email);
        if (roles.Length > 0)
        {
            Check(await users.AddToRolesAsync(user, roles), email);
        }
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
