using LocalGov.Identity.Contracts;
using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.PersonalData;
using LocalGov.Thai;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.Profile;

/// <summary>The signed-in person's own account. The national ID is shown masked; showing it in full is audited.</summary>
[Authorize]
public sealed class IndexModel(UserManager<LocalGovUser> users, IPersonalDataVault personalData, IAuditScope audit,
    global::LocalGov.Identity.External.ExternalProviders providers) : IdentityPage
{
    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string KindText { get; private set; } = "";
    public string? NationalId { get; private set; }
    public bool Revealed { get; private set; }
    public bool TwoFactorEnabled { get; private set; }
    public bool IsResident { get; private set; }
    /// <summary>The provider that verified the national ID (null for a typed ID), and when.</summary>
    public LocalGov.Platform.Localization.LocalizedText? VerifiedBy { get; private set; }
    public DateTime? VerifiedAt { get; private set; }
    public IReadOnlyList<global::LocalGov.Identity.External.ExternalProvider> Providers => providers.All;
    /// <summary>The schemes of the digital IDs linked to this account.</summary>
    public IReadOnlySet<string> LinkedProviders { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync() => await ShowAsync(reveal: false);

    public async Task<IActionResult> OnPostRevealAsync() => await ShowAsync(reveal: true);

    private async Task<IActionResult> ShowAsync(bool reveal)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        DisplayName = user.DisplayName;
        Email = user.Email!;
        TwoFactorEnabled = user.TwoFactorEnabled;
        IsResident = user.Kind == UserKind.Resident;
        KindText = user.Kind switch
        {
            UserKind.Resident => T("ประชาชน", "Resident"),
            UserKind.Staff => T("เจ้าหน้าที่", "Staff"),
            UserKind.ProvincialAdmin => T("ผู้ดูแลระดับจังหวัด", "Provincial admin"),
            _ => T("ผู้ดูแลระดับประเทศ", "National admin"),
        };
        LinkedProviders = (await users.GetLoginsAsync(user)).Select(l => l.LoginProvider).ToHashSet();
        if (user.HasVerifiedNationalId)
        {
            VerifiedAt = user.NationalIdVerifiedAt;
            VerifiedBy = providers.Find(user.NationalIdVerifiedBy)?.DisplayName ?? new(user.NationalIdVerifiedBy!, user.NationalIdVerifiedBy!);
        }
        if (user.NationalIdCipher is { } cipher)
        {
            var id = personalData.Unprotect(cipher);
            Revealed = reveal;
            NationalId = reveal ? ThaiNationalId.Format(id) : ThaiNationalId.Mask(id);
            if (reveal)
            {
                audit.FileUnderTenant(user.TenantId);
                audit.AddAction("NationalId.Revealed", $"own account {user.Id}");
            }
        }
        return Page();
    }
}
