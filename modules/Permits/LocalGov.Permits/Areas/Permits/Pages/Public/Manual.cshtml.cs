using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Publishing;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Public;

/// <summary>
/// The public service manual of one permit type (คู่มือสำหรับประชาชน, Licensing Facilitation Act B.E. 2558),
/// generated from the type and the LAO's settings. No sign-in; printable.
/// </summary>
[AllowAnonymous]
public sealed class ManualModel(LocalGovDbContext db, ICurrentTenant tenant, ISettingProvider settings) : PermitsPage
{
    public ServiceManual Manual { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var type = await db.Set<PermitType>().AsNoTracking().SingleOrDefaultAsync(t => t.Code == code && t.Active, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }
        Manual = await ServiceManual.BuildAsync(type, tenant, settings, cancellationToken);
        return Page();
    }

    public string Text(Platform.Localization.LocalizedText text) => T(text.Th, text.En);
}
