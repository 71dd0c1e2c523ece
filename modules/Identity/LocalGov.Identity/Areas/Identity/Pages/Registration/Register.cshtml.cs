using LocalGov.Identity.Contracts;
using LocalGov.Identity.Emails;
using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Web;
using LocalGov.Thai;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Identity.Areas.Identity.Pages.Registration;

/// <summary>
/// Resident self-registration: the account works once the email link is opened. The page tells nobody which
/// addresses or national IDs have accounts (issue 20, item 4): once the form itself is valid it always answers "check
/// your mailbox", after the same work (a password hash) on every path, and the mailbox says the rest:
/// <list type="bullet">
/// <item>an address that has an account gets a mail saying someone tried to sign up with it, with a one-time link to
/// set a new password (which also confirms the address), and no account is made;</item>
/// <item>a national ID already linked to another account is not linked to the new one: the new address is told the ID
/// could not be linked online, and the ID's holder is told someone gave their ID (and nothing changed).</item>
/// </list>
/// Counted per address as a public submission: each attempt may mail someone.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.PublicSubmit)]
public sealed class RegisterModel(
    UserManager<LocalGovUser> users,
    IEmailSender email,
    IPersonalDataVault personalData,
    LocalGovDbContext db,
    IPasswordHasher<LocalGovUser> hasher,
    IAuditScope audit,
    TimeProvider clock) : IdentityPage
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var address = (Input.Email ?? "").Trim();
        if (string.IsNullOrWhiteSpace(Input.DisplayName) || Input.DisplayName.Trim().Length > 200)
        {
            Error("กรุณากรอกชื่อ-นามสกุล ไม่เกิน 200 ตัวอักษร", "Enter your full name, at most 200 characters.", "Input.DisplayName");
        }
        if (!EmailAddress.IsPlausible(address))
        {
            Error("กรุณากรอกอีเมลที่ถูกต้อง เช่น somchai@example.com", "Enter a valid email, e.g. somchai@example.com.", "Input.Email");
        }
        if (Input.Password != Input.ConfirmPassword)
        {
            Error("รหัสผ่านทั้งสองช่องไม่ตรงกัน", "The two passwords differ.", "Input.ConfirmPassword");
        }
        if (!Input.AcceptPrivacy)
        {
            Error("กรุณาอ่านและยอมรับประกาศความเป็นส่วนตัว", "Please read and accept the privacy notice.", "Input.AcceptPrivacy");
        }
        ProtectedValue? nationalId = null;
        if (!string.IsNullOrWhiteSpace(Input.NationalId))
        {
            var check = ThaiNationalId.Check(Input.NationalId);
            if (check.IsValid)
            {
                nationalId = personalData.Protect(ThaiNationalId.Normalize(Input.NationalId));
            }
            else
            {
                Error($"เลขประจำตัวประชาชนไม่ถูกต้อง: {check.MessageTh}", $"The national ID is not valid: {check.Message}", "Input.NationalId");
            }
        }
        var user = new LocalGovUser
        {
            UserName = address,
            Email = address,
            DisplayName = (Input.DisplayName ?? "").Trim(),
            Kind = UserKind.Resident,
            PreferredCulture = CultureName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var validator in users.PasswordValidators) // the password's own faults, before anything is looked up
        {
            foreach (var e in (await validator.ValidateAsync(users, user, Input.Password ?? "")).Errors)
            {
                ModelState.AddModelError("Input.Password", e.Description);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // From here on the answer is "check your mailbox", whatever exists.
        var holder = nationalId is null ? null
            : await db.Set<LocalGovUser>().AsNoTracking().FirstOrDefaultAsync(u => u.NationalIdHash == nationalId.Hash);
        if (await users.FindByEmailAsync(address) is { } existing)
        {
            await TellExistingAccountAsync(existing);
        }
        else
        {
            IdentityResult created;
            try
            {
                created = await CreateAsync(user, holder is null ? nationalId : null, holder);
            }
            catch (DbUpdateException) when (holder is null && nationalId is not null)
            {
                // another registration linked the same ID a moment ago: this account goes without it, as above
                db.ChangeTracker.Clear();
                created = await CreateAsync(user, null, await db.Set<LocalGovUser>().AsNoTracking().FirstOrDefaultAsync(u => u.NationalIdHash == nationalId.Hash));
            }
            // an address Identity will not take as a user name says so; "taken" only when a registration raced this one
            // for the same address, which mails it itself
            foreach (var e in created.Errors.Where(e => e.Code is not (nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))))
            {
                ModelState.AddModelError("Input.Email", e.Description);
            }
            if (!ModelState.IsValid)
            {
                return Page();
            }
        }
        Sent = true;
        return Page();
    }

    /// <summary>The address has an account: its owner is told by mail, and gets a link to set a new password.</summary>
    private async Task TellExistingAccountAsync(LocalGovUser existing)
    {
        // the hash creating an account would compute, so this answer takes as long as that one
        _ = hasher.HashPassword(existing, Input.Password!);
        audit.FileUnderTenant(existing.TenantId);
        audit.AddAction("Registration.ExistingEmail", existing.Email);
        if (existing.IsDeactivated)
        {
            return; // a closed staff account: a reset cannot reopen it, there is nothing to offer
        }
        var code = await users.GeneratePasswordResetTokenAsync(existing);
        email.QueueTemplate(existing.Email!, IdentityEmails.RegistrationAttempt, existing.PreferredCulture, new Dictionary<string, string>
        {
            ["name"] = existing.DisplayName,
            ["link"] = $"{BaseUrl}/account/reset-password?userId={existing.Id}&code={Uri.EscapeDataString(code)}",
            ["login"] = $"{BaseUrl}/account/login",
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A new account, with the national ID only when no other account holds it (<paramref name="holder"/>).</summary>
    private async Task<IdentityResult> CreateAsync(LocalGovUser user, ProtectedValue? nationalId, LocalGovUser? holder)
    {
        user.NationalIdCipher = nationalId?.Cipher;
        user.NationalIdHash = nationalId?.Hash;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, Input.Password!);
        if (!created.Succeeded)
        {
            return created;
        }
        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        email.QueueTemplate(user.Email!, holder is null ? IdentityEmails.ConfirmEmail : IdentityEmails.ConfirmEmailNationalIdNotLinked,
            CultureName, new Dictionary<string, string>
            {
                ["name"] = user.DisplayName,
                ["link"] = $"{BaseUrl}/account/confirm-email?userId={user.Id}&code={Uri.EscapeDataString(code)}",
            });
        if (holder is not null)
        {
            email.QueueTemplate(holder.Email!, IdentityEmails.NationalIdGivenAgain, holder.PreferredCulture,
                new Dictionary<string, string> { ["name"] = holder.DisplayName });
            audit.AddAction("Registration.NationalIdInUse", $"new account {user.Id}; the ID stays with account {holder.Id}");
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return created;
    }

    public sealed class RegisterInput
    {
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
        public string? NationalId { get; set; }
        public bool AcceptPrivacy { get; set; }
    }
}
