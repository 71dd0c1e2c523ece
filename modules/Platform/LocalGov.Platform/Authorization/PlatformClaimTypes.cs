namespace LocalGov.Platform.Authorization;

public static class PlatformClaimTypes
{
    /// <summary>"True" when the account must use a second factor (admins); its permissions are denied until it does.</summary>
    public const string TwoFactorRequired = "localgov:2fa_required";

    /// <summary>"True" when the account has an authenticator set up.</summary>
    public const string TwoFactorEnabled = "localgov:2fa_enabled";

    /// <summary>True when the account must use two-factor sign-in and has not set it up yet.</summary>
    public static bool MissingRequiredTwoFactor(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst(TwoFactorRequired)?.Value == "True" && user.FindFirst(TwoFactorEnabled)?.Value != "True";
}
