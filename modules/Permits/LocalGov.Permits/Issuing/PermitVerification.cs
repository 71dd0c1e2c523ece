using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Issuing;

/// <summary>
/// What the public verification page may show of a permit: the kind, number, business name, premises address,
/// validity and status with its reason. Nothing else about the holder (PDPA): no name, ID or contact.
/// </summary>
public sealed record VerifiedPermit(string Number, LocalizedText Type, LocalizedText Certificate, string BusinessName, string PremisesAddress,
    DateOnly ValidFrom, DateOnly? ValidUntil, PermitStatus Status, string? StatusReason, DateTime? StatusChangedAt);

/// <summary>Finds a permit by the unguessable code in its certificate's QR code, within the current LAO.</summary>
public sealed class PermitVerification(LocalGovDbContext db, TimeProvider clock)
{
    public async Task<VerifiedPermit?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 40)
        {
            return null;
        }
        var permit = await db.Set<Permit>().AsNoTracking().SingleOrDefaultAsync(p => p.VerificationCode == code.Trim().ToLowerInvariant(), cancellationToken);
        if (permit is null)
        {
            return null;
        }
        var type = await db.Set<PermitType>().AsNoTracking().SingleAsync(t => t.Id == permit.PermitTypeId, cancellationToken);
        var status = permit.StatusOn(BangkokTime.Today(clock));
        return new VerifiedPermit(permit.Number, new(type.NameTh, type.NameEn), new(type.CertificateNameTh, type.CertificateNameEn),
            permit.BusinessName, permit.PremisesAddress, permit.ValidFrom, permit.ValidUntil, status,
            status is PermitStatus.Suspended or PermitStatus.Revoked ? permit.StatusReason : null, permit.StatusChangedAt);
    }
}
