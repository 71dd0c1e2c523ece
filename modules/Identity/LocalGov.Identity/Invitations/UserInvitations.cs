using LocalGov.Identity.Contracts;
using LocalGov.Identity.Emails;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Identity;

namespace LocalGov.Identity.Invitations;

public sealed class UserInvitations(
    UserManager<LocalGovUser> users,
    IEmailSender email,
    TimeProvider clock) : IUserInvitations
{
    public async Task<Invitation> InviteStaffAsync(Guid tenantId, string organizationName, string emailAddress, string displayName,
        IReadOnlyCollection<string> roles, string culture, string baseUrl, CancellationToken cancellationToken = default)
    {
        var unknown = roles.Where(r => !RoleTemplates.TenantRoles.Contains(r)).ToList();
        if (roles.Count == 0 || unknown.Count > 0)
        {
            throw new BusinessRuleException(new LocalizedText("เลือกบทบาทอย่างน้อยหนึ่งบทบาทจากรายการ", "Choose at least one role from the list."), "roles");
        }
        var user = await CreateAsync(emailAddress, displayName, UserKind.Staff, culture, u => u.TenantId = tenantId);
        foreach (var role in roles)
        {
            Check(await users.AddToRoleAsync(user, role));
        }
        await QueueAsync(user, new LocalizedText(organizationName, organizationName), RoleLabel(roles), culture, baseUrl);
        return new Invitation(user.Id, user.Email!);
    }

    public async Task<Invitation> InviteProvincialAdminAsync(string provinceCode, string provinceName, string emailAddress, string displayName,
        string culture, string baseUrl, CancellationToken cancellationToken = default)
    {
        var user = await CreateAsync(emailAddress, displayName, UserKind.ProvincialAdmin, culture, u => u.ProvinceCode = provinceCode);
        Check(await users.AddToRoleAsync(user, RoleTemplates.ProvincialAdmin));
        await QueueAsync(user, new LocalizedText($"จังหวัด{provinceName}", provinceName),
            new LocalizedText("ผู้ดูแลระดับจังหวัด", "provincial admin"), culture, baseUrl);
        return new Invitation(user.Id, user.Email!);
    }

    /// <summary>The deployment's first national admin (from configuration), invited like everyone else.</summary>
    public async Task<Invitation> InviteNationalAdminAsync(string emailAddress, string baseUrl)
    {
        var user = await CreateAsync(emailAddress, "National admin", UserKind.NationalAdmin, SupportedCultures.Thai, _ => { });
        Check(await users.AddToRoleAsync(user, RoleTemplates.NationalAdmin));
        await QueueAsync(user, new LocalizedText("LocalGov", "LocalGov"), RoleNames.For(RoleTemplates.NationalAdmin), SupportedCultures.Thai, baseUrl);
        return new Invitation(user.Id, user.Email!);
    }

    private async Task<LocalGovUser> CreateAsync(string emailAddress, string displayName, UserKind kind, string culture, Action<LocalGovUser> scope)
    {
        var address = (emailAddress ?? "").Trim();
        if (!EmailAddress.IsPlausible(address))
        {
            throw new BusinessRuleException(new LocalizedText($"'{address}' ไม่ใช่อีเมลที่ถูกต้อง", $"'{address}' is not an email address."), "email");
        }
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 200)
        {
            throw new BusinessRuleException(new LocalizedText("กรุณากรอกชื่อ ไม่เกิน 200 ตัวอักษร", "Enter the person's name, at most 200 characters."), "displayName");
        }
        if (await users.FindByEmailAsync(address) is not null)
        {
            throw new BusinessRuleException(new LocalizedText(
                $"อีเมล {address} มีบัญชีอยู่แล้ว ใช้อีเมลอื่น", $"{address} already has an account; use another address."), "email", 409);
        }
        var user = new LocalGovUser
        {
            UserName = address,
            Email = address,
            DisplayName = displayName.Trim(),
            Kind = kind,
            PreferredCulture = SupportedCultures.IsSupported(culture) ? culture : SupportedCultures.Thai,
            InvitationPending = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        scope(user);
        Check(await users.CreateAsync(user));
        return user;
    }

    private async Task QueueAsync(LocalGovUser user, LocalizedText organization, LocalizedText role, string culture, string baseUrl)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokens.Provider, InvitationTokens.Purpose);
        var link = $"{baseUrl.TrimEnd('/')}/account/invitation?userId={user.Id}&token={Uri.EscapeDataString(token)}";
        var english = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        email.QueueTemplate(user.Email!, IdentityEmails.Invitation, culture, new Dictionary<string, string>
        {
            ["name"] = user.DisplayName,
            ["organization"] = english ? organization.En : organization.Th,
            ["role"] = english ? role.En : role.Th,
            ["link"] = link,
        });
    }

    private static LocalizedText RoleLabel(IReadOnlyCollection<string> roles) => new(
        string.Join(", ", roles.Select(r => RoleNames.For(r).Th)), string.Join(", ", roles.Select(r => RoleNames.For(r).En)));

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            var text = string.Join(" ", result.Errors.Select(e => e.Description));
            throw new BusinessRuleException(new LocalizedText(text, text));
        }
    }
}
