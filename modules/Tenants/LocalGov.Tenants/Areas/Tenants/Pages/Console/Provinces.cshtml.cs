using LocalGov.Identity.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using LocalGov.Tenants.Pages;
using LocalGov.Tenants.Provinces;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Console;

/// <summary>The national admin's view of the 77 provinces, and where provincial admins are invited.</summary>
[Authorize(Policy = TenantsPermissions.ManageProvincesPolicy)]
public sealed class ProvincesModel(IStaffDirectory staff, IUserInvitations invitations, ITenantStore tenants, LocalGovDbContext db) : TenantsPage
{
    public IReadOnlyList<ProvinceEntry> Provinces => ProvinceCatalog.All;
    public IReadOnlyList<StaffMember> Admins { get; private set; } = [];
    public IReadOnlyDictionary<string, int> LaoCounts { get; private set; } = new Dictionary<string, int>();
    public string? Invited { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task OnPostAsync(string? provinceCode, string? displayName, string? email, CancellationToken cancellationToken)
    {
        var province = ProvinceCatalog.Find(provinceCode ?? "");
        if (province is null)
        {
            Error("เลือกจังหวัด", "Choose the province.");
        }
        else
        {
            try
            {
                var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
                await invitations.InviteProvincialAdminAsync(province.Code, IsThai ? province.NameTh : province.NameEn,
                    email ?? "", displayName ?? "", culture, Urls.Site, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                Invited = email;
            }
            catch (BusinessRuleException e)
            {
                Error(e);
            }
        }
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Admins = await staff.ListProvincialAdminsAsync(null, cancellationToken);
        LaoCounts = (await tenants.GetAllAsync(cancellationToken)).GroupBy(t => t.ProvinceCode).ToDictionary(g => g.Key, g => g.Count());
    }
}
