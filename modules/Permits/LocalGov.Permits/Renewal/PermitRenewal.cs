using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Review;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Renewal;

/// <summary>
/// Renewing a permit. When nothing changed, the holder confirms and the renewal is approved at once from the last
/// application's details (fee bill, plus the late surcharge after expiry): a few clicks. When something changed, it
/// is a new application marked as a renewal and reviewed like one. Open from the reminder days before expiry; a
/// revoked permit, a permit without expiry, or one already being renewed cannot be renewed.
/// </summary>
public sealed class PermitRenewal(LocalGovDbContext db, PermitFiling filing, PermitReview review, IPersonalDataVault vault,
    ISettingProvider settings, TimeProvider clock)
{
    /// <summary>The permit, if this user holds it and may renew it now; otherwise an error saying why.</summary>
    public async Task<(Permit Permit, PermitType Type, PermitApplication Last)> CheckAsync(string permitNumber, Guid userId, CancellationToken cancellationToken)
    {
        var permit = await db.Set<Permit>().SingleOrDefaultAsync(p => p.Number == permitNumber && p.HolderUserId == userId, cancellationToken)
            ?? throw new BusinessRuleException(new("ไม่พบใบอนุญาตนี้ในบัญชีของท่าน", "This permit is not in your account."), null, 404);
        var type = await db.Set<PermitType>().SingleAsync(t => t.Id == permit.PermitTypeId, cancellationToken);
        var filed = permit.RenewedByApplicationId is not null || await db.Set<PermitApplication>().AnyAsync(a => a.RenewsPermitId == permit.Id
            && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn, cancellationToken);
        var reminderDays = await PermitsSettings.RenewalReminderDaysAsync(settings, cancellationToken);
        if (Refusal(permit, type, filed, BangkokTime.Today(clock), reminderDays) is { } refusal)
        {
            throw new BusinessRuleException(refusal, null, 409);
        }
        var last = await db.Set<PermitApplication>().AsNoTracking().SingleAsync(a => a.Id == permit.ApplicationId, cancellationToken);
        return (permit, type, last);
    }

    /// <summary>Nothing changed: files the renewal from the last application's details and approves it at once.</summary>
    public async Task<PermitApplication> RenewUnchangedAsync(string permitNumber, Guid userId, string culture, CancellationToken cancellationToken)
    {
        var (permit, type, last) = await CheckAsync(permitNumber, userId, cancellationToken);
        var details = new ApplicationDetails(last.ApplicantKind, last.ApplicantName,
            last.ApplicantIdCipher is { } cipher ? vault.Unprotect(cipher) : last.JuristicTaxId ?? "",
            last.ApplicantEmail, last.ApplicantPhone, permit.BusinessName, permit.PremisesAddress, last.AreaSquareMetres, last.FeeCategory,
            new Dictionary<string, string>(last.Answers));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        ClaimForRenewal(permit);
        var application = await filing.SubmitAsync(new FilingRequest(type, details, [], ApplicationChannel.Online, userId, null, culture,
            ApplicationKind.Renewal, permit.Id, Unchanged: true), cancellationToken);
        await review.DecideAsync(application, type, permit.Conditions, "ระบบ (ต่ออายุโดยไม่มีการเปลี่ยนแปลง) / System (unchanged renewal)", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return application;
    }

    /// <summary>Something changed: a renewal application with the new details and documents, reviewed by staff.</summary>
    public async Task<PermitApplication> RenewChangedAsync(string permitNumber, Guid userId, ApplicationDetails details,
        IReadOnlyList<CheckedDocument> documents, string culture, CancellationToken cancellationToken)
    {
        var (permit, type, _) = await CheckAsync(permitNumber, userId, cancellationToken);
        ClaimForRenewal(permit);
        return await filing.SubmitAsync(new FilingRequest(type, details, documents, ApplicationChannel.Online, userId, null, culture,
            ApplicationKind.Renewal, permit.Id, Unchanged: false), cancellationToken);
    }

    /// <summary>
    /// Changes the permit row in the renewal's own save, so of two renewals sent at once (a double click) the second
    /// fails its concurrency check (409) instead of filing a second renewal and a second bill.
    /// </summary>
    private static void ClaimForRenewal(Permit permit) => permit.ConcurrencyStamp = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Why <paramref name="permit"/> cannot be renewed today, or null when it can: it must expire, be valid or expired
    /// (not suspended or revoked), have no renewal filed already, and renewal opens <paramref name="reminderDays"/>
    /// before its last day. The renewal page and "my permits" both ask this.
    /// </summary>
    public static LocalizedText? Refusal(Permit permit, PermitType type, bool renewalFiled, DateOnly today, int reminderDays)
    {
        if (!type.Renewable || permit.ValidUntil is not { } until)
        {
            return new("ใบอนุญาตประเภทนี้ไม่มีวันหมดอายุ จึงไม่ต้องต่ออายุ", "This kind of permit does not expire, so it needs no renewal.");
        }
        if (permit.Status is PermitStatus.Revoked or PermitStatus.Suspended)
        {
            return new("ใบอนุญาตนี้ถูกพักใช้หรือเพิกถอน ต่ออายุไม่ได้ กรุณาติดต่อหน่วยงาน", "This permit is suspended or revoked and cannot be renewed; contact the LAO.");
        }
        var opensOn = until.AddDays(-reminderDays);
        if (today < opensOn)
        {
            return new($"ต่ออายุได้ตั้งแต่วันที่ {BangkokTime.Format(opensOn, thai: true)}", $"Renewal opens on {BangkokTime.Format(opensOn, thai: false)}.");
        }
        return renewalFiled
            ? new("ได้ยื่นต่ออายุใบอนุญาตนี้แล้ว ดูสถานะได้ที่ \"ใบอนุญาตของฉัน\"", "A renewal of this permit is already filed; see \"My permits\".")
            : null;
    }
}
