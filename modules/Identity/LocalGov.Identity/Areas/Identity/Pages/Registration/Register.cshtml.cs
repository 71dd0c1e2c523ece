using LocalGov.Identity.Contracts;
using LocalGov.Identity.Emails;
using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.PersonalData;
using LocalGov.Thai;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Identity.Areas.Identity.Pages.Registration;

/// <summary>Resident self-registration: the account works once the email link is opened.</summary>
[AllowAnonymous]
public sealed class RegisterModel(
    UserManager<LocalGovUser> users,
    IEmailSender email,
    IPersonalDataVault personalData,
    LocalGovDbContext db,
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
            if (!check.IsValid)
            {
                Error($"เลขประจำตัวประชาชนไม่ถูกต้อง: {check.MessageTh}", $"The national ID is not valid: {check.Message}", "Input.NationalId");
            }
            else
            {
                nationalId = personalData.Protect(ThaiNationalId.Normalize(Input.NationalId));
                if (await db.Set<LocalGovUser>().AnyAsync(u => u.NationalIdHash == nationalId.Hash))
                {
                    Error("เลขประจำตัวประชาชนนี้มีบัญชีอยู่แล้ว ลองเข้าสู่ระบบหรือขอตั้งรหัสผ่านใหม่",
                        "This national ID already has an account. Sign in, or reset the password.", "Input.NationalId");
                }
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new LocalGovUser
        {
            UserName = address,
            Email = address,
            DisplayName = Input.DisplayName!.Trim(),
            Kind = UserKind.Resident,
            PreferredCulture = CultureName,
            NationalIdCipher = nationalId?.Cipher,
            NationalIdHash = nationalId?.Hash,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, Input.Password ?? "");
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
            {
                ModelState.AddModelError("", e.Description);
            }
            return Page();
        }
        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        email.QueueTemplate(address, IdentityEmails.ConfirmEmail, CultureName, new Dictionary<string, string>
        {
            ["name"] = user.DisplayName,
            ["link"] = $"{BaseUrl}/account/confirm-email?userId={user.Id}&code={Uri.EscapeDataString(code)}",
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        Sent = true;
        return Page();
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
