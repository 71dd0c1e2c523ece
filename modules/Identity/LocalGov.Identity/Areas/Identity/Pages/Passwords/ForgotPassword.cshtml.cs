using LocalGov.Identity.Emails;
using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalGov.Identity.Areas.Identity.Pages.Passwords;

/// <summary>Answers the same whether or not the address has an account, so nobody can probe for accounts.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.PublicSubmit)] // each request may send a mail
public sealed class ForgotPasswordModel(UserManager<LocalGovUser> users, IEmailSender mail, LocalGovDbContext db) : IdentityPage
{
    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(string? email, CancellationToken cancellationToken = default)
    {
        var address = (email ?? "").Trim();
        var user = address.Length == 0 ? null : await users.FindByEmailAsync(address);
        if (user is { IsDeactivated: true })
        {
            // a reset cannot reopen a closed account: its owner learns why by mail, the page answers as for any address
            mail.QueueTemplate(user.Email!, IdentityEmails.AccountClosed, user.PreferredCulture,
                new Dictionary<string, string> { ["name"] = user.DisplayName });
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (user is not null && await users.IsEmailConfirmedAsync(user))
        {
            var code = await users.GeneratePasswordResetTokenAsync(user);
            mail.QueueTemplate(user.Email!, IdentityEmails.ResetPassword, user.PreferredCulture, new Dictionary<string, string>
            {
                ["name"] = user.DisplayName,
                ["link"] = $"{BaseUrl}/account/reset-password?userId={user.Id}&code={Uri.EscapeDataString(code)}",
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        Sent = true;
    }
}
