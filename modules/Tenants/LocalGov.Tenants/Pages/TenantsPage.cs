using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Tenants.Pages;

/// <summary>What the console and LAO admin pages share.</summary>
public abstract class TenantsPage : Platform.Web.LocalGovPageModel
{
    /// <summary>The configured site and LAO addresses for links in mail; never the request's Host header.</summary>
    protected Platform.Web.PublicUrls Urls => HttpContext.RequestServices.GetRequiredService<Platform.Web.PublicUrls>();

}
