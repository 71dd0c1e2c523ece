using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalGov.Identity.Invitations;

/// <summary>Invitation links live 7 days; a password reset link 1 day. Both stop working once used (the security stamp changes).</summary>
internal sealed class InvitationTokenProvider<TUser>(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<TUser>> logger)
    : DataProtectorTokenProvider<TUser>(dataProtectionProvider, options, logger)
    where TUser : class
{
}

/// <summary>The invitation token provider's registration name and token purpose.</summary>
internal static class InvitationTokens
{
    public const string Provider = "Invitation";
    public const string Purpose = "accept-invitation";
}

internal sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokens.Provider;
        TokenLifespan = TimeSpan.FromDays(7);
    }
}
