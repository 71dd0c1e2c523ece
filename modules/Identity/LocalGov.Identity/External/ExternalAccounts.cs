using System.Security.Claims;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Emails;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.PersonalData;
using LocalGov.Thai;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Identity.External;

/// <summary>What a provider vouched for, read from Identity's external cookie: who (subject), the national ID, the name.</summary>
public sealed record ExternalIdentity(ExternalProvider Provider, ExternalLoginInfo Login, string NationalId, ProtectedValue Protected, string DisplayName)
{
    public string Masked => ThaiNationalId.Mask(NationalId);
}

/// <summary>
/// The decisions of an external sign-in, each audited: an identity already linked signs its account in; an identity
/// whose national ID another account holds is never merged into it silently (the holder signs in with their password
/// and confirms the link); otherwise a new resident account is made, its national ID stored as every ID is
/// (encrypted + keyed hash) and marked verified by the provider.
/// </summary>
public sealed class ExternalAccounts(
    UserManager<LocalGovUser> users,
    SignInManager<LocalGovUser> signIn,
    ExternalProviders providers,
    IPersonalDataVault vault,
    LocalGovDbContext db,
    IEmailSender email,
    IAuditScope audit,
    TimeProvider clock)
{
    public static readonly LocalizedText NothingToRead = new(
        "ไม่พบผลการยืนยันตัวตนจากผู้ให้บริการ หรือหมดเวลาแล้ว (5 นาที) กรุณาเริ่มเข้าสู่ระบบใหม่",
        "There is no answer from the identity provider, or it is older than 5 minutes. Please start signing in again.");

    /// <summary>
    /// The identity in the external cookie, or the reason it cannot be used (none, an unknown provider, no national
    /// ID or an invalid one). <paramref name="expectedUserId"/>: a link started from a signed-in account must come
    /// back to that account (Identity's XSRF check on the external cookie).
    /// </summary>
    public async Task<(ExternalIdentity? Identity, LocalizedText? Problem)> ReadAsync(string? expectedUserId = null)
    {
        var login = await signIn.GetExternalLoginInfoAsync(expectedUserId);
        var provider = providers.ForScheme(login?.LoginProvider);
        if (login is null || provider is null)
        {
            return (null, NothingToRead);
        }
        var raw = login.Principal.FindFirstValue(provider.NationalIdClaim);
        if (string.IsNullOrWhiteSpace(raw))
        {
            audit.AddAction("ExternalSignIn.NoNationalId", $"{provider.Name}: claim {provider.NationalIdClaim} missing");
            return (null, new LocalizedText(
                $"{provider.DisplayName.Th} ไม่ได้ส่งเลขประจำตัวประชาชนมา จึงเข้าสู่ระบบด้วยวิธีนี้ไม่ได้ ไม่มีการสร้างบัญชี",
                $"{provider.DisplayName.En} did not send a national ID, so you cannot sign in this way. No account was made."));
        }
        var check = ThaiNationalId.Check(raw);
        if (!check.IsValid)
        {
            audit.AddAction("ExternalSignIn.InvalidNationalId", $"{provider.Name}: {check.Message}");
            return (null, new LocalizedText(
                $"เลขประจำตัวประชาชนที่ {provider.DisplayName.Th} ส่งมาไม่ถูกต้อง ({check.MessageTh}) ไม่มีการสร้างบัญชี",
                $"The national ID {provider.DisplayName.En} sent is not valid ({check.Message}). No account was made."));
        }
        var id = ThaiNationalId.Normalize(raw);
        var given = provider.GivenNameClaim is { } g ? login.Principal.FindFirstValue(g) : null;
        var family = provider.FamilyNameClaim is { } f ? login.Principal.FindFirstValue(f) : null;
        var name = string.Join(' ', new[] { given, family }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));
        if (name.Length > 200)
        {
            name = name[..200];
        }
        return (new ExternalIdentity(provider, login, id, vault.Protect(id), name), null);
    }

    /// <summary>The account this provider identity is linked to, if any.</summary>
    public Task<LocalGovUser?> LinkedAccountAsync(ExternalIdentity identity) =>
        users.FindByLoginAsync(identity.Login.LoginProvider, identity.Login.ProviderKey);

    /// <summary>The account that holds this national ID (typed at registration or verified), if any.</summary>
    public Task<LocalGovUser?> HolderAsync(ExternalIdentity identity) =>
        db.Set<LocalGovUser>().FirstOrDefaultAsync(u => u.NationalIdHash == identity.Protected.Hash);

    /// <summary>Signs a linked account in, refreshing the verification; null, or why not (closed, locked, another ID).</summary>
    public async Task<LocalizedText?> SignInLinkedAsync(LocalGovUser user, ExternalIdentity identity)
    {
        audit.FileUnderTenant(user.TenantId);
        if (user.IsDeactivated || await users.IsLockedOutAsync(user))
        {
            audit.AddAction("ExternalSignIn.Refused", $"{identity.Provider.Name}: account {user.Id} closed or locked");
            return new("บัญชีนี้ถูกปิดหรือถูกล็อกชั่วคราว กรุณาติดต่อหน่วยงาน", "This account is closed or locked for now. Please contact the office.");
        }
        if (!user.TryVerifyNationalId(identity.Protected, identity.Provider.Name, clock.GetUtcNow().UtcDateTime))
        {
            audit.AddAction("ExternalSignIn.NationalIdDiffers", $"{identity.Provider.Name}: account {user.Id}");
            return new("เลขประจำตัวประชาชนจากผู้ให้บริการไม่ตรงกับบัญชีนี้ กรุณาติดต่อหน่วยงาน",
                "The national ID from the provider differs from this account's. Please contact the office.");
        }
        await users.UpdateAsync(user);
        await signIn.SignOutAsync(); // the external cookie is spent; any other session in this browser ends
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: identity.Provider.Scheme);
        audit.AddAction("ExternalSignIn.Succeeded", $"{identity.Provider.Name}: account {user.Id}");
        return null;
    }

    /// <summary>
    /// A new resident account for a person no account knows, with the verified ID and the provider linked, signed in
    /// at once (the provider proved who they are); the address gets a confirmation link. Errors: the address is
    /// taken or malformed (nothing is made).
    /// </summary>
    public async Task<IdentityResult> CreateAsync(ExternalIdentity identity, string address, string displayName, string culture)
    {
        var user = new LocalGovUser
        {
            UserName = address,
            Email = address,
            DisplayName = displayName,
            Kind = UserKind.Resident,
            PreferredCulture = culture,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        user.TryVerifyNationalId(identity.Protected, identity.Provider.Name, user.CreatedAt);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            created = await users.AddLoginAsync(user, identity.Login);
        }
        if (!created.Succeeded)
        {
            db.ChangeTracker.Clear();
            return created;
        }
        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        email.QueueTemplate(address, IdentityEmails.ConfirmEmail, culture, new Dictionary<string, string>
        {
            ["name"] = user.DisplayName,
            ["link"] = $"{BaseUrl}/account/confirm-email?userId={user.Id}&code={Uri.EscapeDataString(code)}",
        });
        audit.AddAction("ExternalSignIn.AccountCreated", $"{identity.Provider.Name}: account {user.Id}, national ID verified");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await signIn.SignOutAsync();
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: identity.Provider.Scheme);
        audit.AddAction("ExternalSignIn.Succeeded", $"{identity.Provider.Name}: account {user.Id}");
        return created;
    }

    /// <summary>Set by the page: this LAO's (or the site's) address for the confirmation link.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>
    /// Links the provider identity to <paramref name="user"/>, signed in with their own credentials and asking for it.
    /// Refused, with the reason, for a staff or admin account, an identity linked to another account, a national ID
    /// another account holds, or an account holding a different ID: never a merge.
    /// </summary>
    public async Task<LocalizedText?> LinkAsync(LocalGovUser user, ExternalIdentity identity)
    {
        audit.FileUnderTenant(user.TenantId);
        LocalizedText? refused = null;
        if (user.Kind != UserKind.Resident)
        {
            refused = new("เชื่อมบัญชีได้เฉพาะบัญชีประชาชน บัญชีเจ้าหน้าที่ใช้รหัสผ่านและการยืนยันสองขั้นเท่านั้น",
                "Only residents' accounts can be linked; staff accounts sign in with their password and second factor.");
        }
        else if (await LinkedAccountAsync(identity) is { } linked)
        {
            refused = linked.Id == user.Id ? null : new("ตัวตนดิจิทัลนี้เชื่อมกับบัญชีอื่นอยู่แล้ว ไม่มีการเปลี่ยนแปลงใด ๆ",
                "This digital ID is already linked to another account. Nothing was changed.");
        }
        else if (await HolderAsync(identity) is { } holder && holder.Id != user.Id)
        {
            refused = new("เลขประจำตัวประชาชนนี้อยู่กับบัญชีอื่น ไม่มีการรวมบัญชี กรุณาเข้าสู่ระบบด้วยบัญชีนั้น หรือติดต่อหน่วยงาน",
                "This national ID belongs to another account; accounts are never merged. Sign in to that account, or contact the office.");
        }
        else if (user.NationalIdHash is not null && user.NationalIdHash != identity.Protected.Hash)
        {
            refused = new("เลขประจำตัวประชาชนจากผู้ให้บริการไม่ตรงกับที่บันทึกในบัญชีนี้ ไม่มีการเปลี่ยนแปลงใด ๆ",
                "The national ID from the provider differs from the one on this account. Nothing was changed.");
        }
        if (refused is not null)
        {
            audit.AddAction("ExternalLogin.LinkRefused", $"{identity.Provider.Name}: account {user.Id}: {refused.En}");
            return refused;
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        user.TryVerifyNationalId(identity.Protected, identity.Provider.Name, clock.GetUtcNow().UtcDateTime);
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && await LinkedAccountAsync(identity) is null)
        {
            result = await users.AddLoginAsync(user, identity.Login);
        }
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return new("เชื่อมบัญชีไม่สำเร็จ กรุณาลองใหม่", "The link could not be made. Please try again.");
        }
        audit.AddAction("ExternalLogin.Linked", $"{identity.Provider.Name}: account {user.Id}, national ID verified");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await signIn.RefreshSignInAsync(user);
        await db.Set<LocalGovUser>().Entry(user).ReloadAsync();
        return null;
    }
}
