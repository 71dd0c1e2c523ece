using LocalGov.Identity.Contracts;
using LocalGov.Identity.Emails;
using LocalGov.Identity.Invitations;
using LocalGov.Identity.Staff;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.Seeding;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Identity;

/// <summary>
/// Accounts and sign-in: residents (one global account), staff (one LAO), provincial and national admins.
/// Email confirmation and password reset through the outbox, lockout, TOTP two-factor (required for admins),
/// invitations with one-time links, national IDs kept encrypted; sign-in with a national digital ID (OpenID Connect
/// providers such as ThaID and DGA Digital ID, <see cref="External.ExternalSignInSetup"/>), which verifies the ID.
/// </summary>
public sealed class IdentityModule : LocalGovModule
{
    public override string Name => IdentityContract.Module;
    public override LocalizedText DisplayName => new("บัญชีผู้ใช้", "Accounts");
    public override bool IsOptional => false;
    public override string? PagesArea => "Identity";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddIdentityCore<LocalGovUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = SignIn.SignInThrottle.FailuresPerAccount; // one address is throttled at 5 first
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Tokens.ProviderMap[InvitationTokens.Provider] =
                    new TokenProviderDescriptor(typeof(InvitationTokenProvider<LocalGovUser>));
                o.Tokens.ProviderMap[OneTimeAuthenticatorTokenProvider.Name] =
                    new TokenProviderDescriptor(typeof(OneTimeAuthenticatorTokenProvider));
                o.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.Name;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<LocalGovDbContext>()
            .AddSignInManager<LocalGovSignInManager>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalGovIdentityErrors>()
            .AddClaimsPrincipalFactory<LocalGovClaimsFactory>();
        services.AddTransient<InvitationTokenProvider<LocalGovUser>>();
        services.AddTransient<OneTimeAuthenticatorTokenProvider>();
        services.Configure<InvitationTokenProviderOptions>(_ => { });
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(1));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddScoped<ISecurityStampValidator, SecurityStampValidator<LocalGovUser>>();
        services.AddScoped<ITwoFactorSecurityStampValidator, TwoFactorSecurityStampValidator<LocalGovUser>>();
        services.AddAuthentication()
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, o =>
            {
                o.Cookie.Name = ".LocalGov.TwoFactor";
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme, o => o.Cookie.Name = ".LocalGov.TwoFactorRemember");
        services.PostConfigure<CookieAuthenticationOptions>(LocalGovServiceCollectionExtensions.CookieScheme,
            o => o.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync);

        services.Configure<Platform.Auditing.AuditingOptions>(o =>
        {
            o.IgnoredTypes.Add(typeof(IdentityUserToken<Guid>)); // authenticator keys and recovery codes
            o.MaskedProperties.UnionWith(["PasswordHash", "SecurityStamp"]);
        });
        services.AddSingleton<SignIn.SignInThrottle>();
        services.AddSingleton<SignIn.Reauthentication>();
        services.AddScoped<UserInvitations>();
        services.AddScoped<IUserInvitations>(sp => sp.GetRequiredService<UserInvitations>());
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        External.ExternalSignInSetup.Add(services, context.Configuration);
        services.AddScoped<External.ExternalAccounts>();
        services.AddScoped<IVerifiedIdentity, External.VerifiedIdentity>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => IdentityModel.Configure(modelBuilder);

    public override void DefineEmailTemplates(EmailTemplateContext context) => IdentityEmails.Define(context);

    public override void DefineMenus(MenuDefinitionContext context) =>
        context.Add(MenuArea.Resident, "my-account", new LocalizedText("บัญชีของฉัน", "My account"), "/account", order: 900);

    /// <summary>
    /// Every role template and host role exists as an Identity role. On a new deployment, the first national admin
    /// named by <c>Identity:NationalAdminEmail</c> is invited (link based on <c>Site:PublicUrl</c>).
    /// </summary>
    public override async Task SeedHostAsync(HostSeedContext context)
    {
        var roles = context.Services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var name in RoleTemplates.TenantRoles.Append(RoleTemplates.ProvincialAdmin).Append(RoleTemplates.NationalAdmin))
        {
            if (!await roles.RoleExistsAsync(name))
            {
                UserInvitations.Check(await roles.CreateAsync(new IdentityRole<Guid>(name) { Id = Guid.CreateVersion7() }));
            }
        }

        var configuration = context.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        if (configuration["Identity:NationalAdminEmail"] is { Length: > 0 } email
            && await context.Services.GetRequiredService<UserManager<LocalGovUser>>().FindByEmailAsync(email) is null)
        {
            var url = context.Services.GetRequiredService<Platform.Web.PublicUrls>().Site;
            await context.Services.GetRequiredService<UserInvitations>().InviteNationalAdminAsync(email, url);
        }
    }
}
