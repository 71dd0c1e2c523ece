using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Seeding;
using LocalGov.Platform.Web;
using LocalGov.Tenants.Console;
using LocalGov.Tenants.Provinces;

namespace LocalGov.Tenants.Onboarding;

/// <summary>
/// Creates an LAO with its modules and invites its first administrator, all in one transaction: if the invitation
/// fails (say, the email already has an account), no LAO is left behind, and no mail goes out.
/// </summary>
public sealed class LaoOnboarding(
    LocalGovDbContext db,
    TenantProvisioner provisioner,
    IUserInvitations invitations,
    ITenantStore tenants,
    PublicUrls urls)
{
    public async Task<Tenant> OnboardAsync(OnboardingRequest request, ConsoleScope scope, string culture,
        CancellationToken cancellationToken = default)
    {
        var province = ProvinceCatalog.Find(request.ProvinceCode ?? "")
            ?? throw new BusinessRuleException(new LocalizedText("เลือกจังหวัด", "Choose the province."), "provinceCode");
        if (!scope.Covers(province.Code))
        {
            throw new BusinessRuleException(new LocalizedText(
                "คุณเพิ่มหน่วยงานได้เฉพาะในจังหวัดของคุณ", "You can add LAOs only in your own province."), "provinceCode", 403);
        }
        if (string.IsNullOrWhiteSpace(request.AdminEmail) || string.IsNullOrWhiteSpace(request.AdminName))
        {
            throw new BusinessRuleException(new LocalizedText(
                "กรอกชื่อและอีเมลของผู้ดูแลระบบคนแรกของหน่วยงาน", "Enter the name and email of the LAO's first administrator."), "adminEmail");
        }

        var tenant = new Tenant(request.Code ?? "", request.NameTh ?? "", request.NameEn ?? "", request.Kind, province.Code, request.DopaCode);
        tenant.SetContact(request.ContactEmail, request.ContactPhone);
        foreach (var host in (request.HostNames ?? "").Split([',', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            tenant.AddHostName(host);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provisioner.ProvisionAsync(tenant, request.Modules, cancellationToken);
        var english = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        await invitations.InviteStaffAsync(tenant.Id, english ? tenant.NameEn : tenant.NameTh, request.AdminEmail.Trim(),
            request.AdminName.Trim(), [RoleTemplates.TenantAdmin], culture, urls.ForTenantCode(tenant.Code), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        tenants.Invalidate();
        return tenant;
    }
}
