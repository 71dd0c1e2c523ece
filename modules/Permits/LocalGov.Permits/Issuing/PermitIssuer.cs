using LocalGov.Permits.Applying;
using LocalGov.Permits.Notifications;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Issuing;

/// <summary>
/// Turns an approved, paid application into a permit (number PMT-2570-000045, validity, verification code) and
/// tells the applicant. A renewal filed before expiry continues the old permit without a gap or an overlap: the new
/// one starts the day after the old one ends. Works inside the caller's transaction and leaves saving to it (the
/// payment's, when the fee was just paid).
/// </summary>
public sealed class PermitIssuer(LocalGovDbContext db, INumberingService numbers, PermitMail mail, PermitSatisfaction satisfaction)
{
    public const string Sequence = "PMT";

    public async Task<Permit> IssueAsync(PermitApplication application, PermitType type, DateTime now, CancellationToken cancellationToken)
    {
        var today = BangkokTime.DateOf(now);
        var from = today;
        if (application.RenewsPermitId is { } renewedId &&
            await db.Set<Permit>().SingleOrDefaultAsync(p => p.Id == renewedId, cancellationToken) is { } renewed)
        {
            renewed.RenewedByApplicationId = application.Id;
            if (renewed.ValidUntil is { } until && until >= today)
            {
                from = until.AddDays(1);
            }
        }
        var number = await numbers.NextAsync(Sequence, now, cancellationToken);
        var permit = new Permit(type.Id, application.Id, number.Formatted, from, type.ValidUntil(from))
        {
            HolderUserId = application.ApplicantUserId,
            HolderName = application.ApplicantName,
            HolderEmail = application.ApplicantEmail,
            BusinessName = application.BusinessName,
            PremisesAddress = application.PremisesAddress,
            Conditions = application.DecisionReasons,
            IssuedAt = now,
        };
        db.Add(permit);
        db.Add(application.MarkIssued(now, permit.Id, permit.Number));
        await mail.QueueIssuedAsync(application, type, permit, cancellationToken);
        await satisfaction.OpenAsync(application, type, cancellationToken); // the permit completes the case
        return permit;
    }
}
