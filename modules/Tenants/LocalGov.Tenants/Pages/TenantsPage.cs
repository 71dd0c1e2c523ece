using System.Globalization;
using LocalGov.Platform.Timing;
using LocalGov.Thai;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Tenants.Pages;

/// <summary>What the console and LAO admin pages share.</summary>
public abstract class TenantsPage : Platform.Web.LocalGovPageModel
{
    /// <summary>A stored UTC time as people read it: Thai date with BE year and Bangkok time, or English.</summary>
    public string When(DateTime utc)
    {
        var instant = BangkokTime.AsInstant(utc);
        var local = instant.ToOffset(ThaiDate.BangkokOffset);
        return IsThai
            ? $"{ThaiDate.ToShortString(instant)} {local:HH:mm}"
            : local.ToString("d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB"));
    }

    /// <summary>The configured site and LAO addresses for links in mail; never the request's Host header.</summary>
    protected Platform.Web.PublicUrls Urls => HttpContext.RequestServices.GetRequiredService<Platform.Web.PublicUrls>();

}
