using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Publishing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Certificate;

/// <summary>
/// The printable certificate of a permit (A4): the LAO, the permit, the holder and premises, the validity in Thai
/// Buddhist-era dates, the law, and a QR code to the public verification page. For the holder, and for this LAO's
/// staff who review permits; anyone else is told it does not exist.
/// </summary>
[Authorize]
public sealed class CertificateModel(LocalGovDbContext db, IPermissionChecker permissions, ICurrentTenant tenant, PublicUrls urls) : PermitsPage
{
    public Permit Permit { get; private set; } = null!;
    public PermitType Type { get; private set; } = null!;
    public decimal? Area { get; private set; }
    public LocalizedText Lao { get; private set; } = new("", "");
    public string VerifyUrl { get; private set; } = "";
    public string QrCode { get; private set; } = "";

    /// <summary>The status today, when it is not "valid": printed across the certificate.</summary>
    public PermitStatus? Warning { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var permit = await db.Set<Permit>().AsNoTracking().SingleOrDefaultAsync(p => p.Number == number, cancellationToken);
        if (permit is null || !(permit.HolderUserId is { } holder && holder == SignedIn.UserIdOf(User)
                || await permissions.IsGrantedAsync(User, PermitsPermissions.Review, cancellationToken)))
        {
            return NotFound();
        }
        Permit = permit;
        Type = await db.Set<PermitType>().AsNoTracking().SingleAsync(t => t.Id == permit.PermitTypeId, cancellationToken);
        Area = await db.Set<PermitApplication>().AsNoTracking().Where(a => a.Id == permit.ApplicationId).Select(a => a.AreaSquareMetres)
            .SingleOrDefaultAsync(cancellationToken);
        Lao = tenant.Tenant?.Name ?? new("", "");
        VerifyUrl = $"{urls.ForTenant(tenant.Tenant)}/permits/verify/{permit.VerificationCode}";
        QrCode = QrImage.PngDataUri(VerifyUrl, QrImage.Level.Q, 5);
        var status = permit.StatusOn(BangkokTime.Today(clock));
        Warning = status == PermitStatus.Valid ? null : status;
        return Page();
    }

    /// <summary>A date as the certificate prints it: Thai, Buddhist era, the month in full.</summary>
    public static string ThaiDay(DateOnly? date) => BangkokTime.Format(date, thai: true, longDate: true);

    public static string EnglishDay(DateOnly? date) => BangkokTime.Format(date, thai: false, longDate: true);
}
