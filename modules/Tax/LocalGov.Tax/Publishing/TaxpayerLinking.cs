using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Web;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Publishing;

/// <summary>
/// Links a resident's account to a taxpayer of the current LAO when they prove they hold one of its notices: the
/// notice number (ภ.ด.ส.6 or ภ.ป.3) and the payer's random claim code printed on it. Neither a sequential notice
/// number nor an owner's ID (known to many) proves ownership; the code does. It is compared in constant time, and
/// every failure — unknown notice, wrong code — gets the same answer, so the form cannot be used to learn whether a
/// notice exists or whose it is.
/// </summary>
public sealed class TaxpayerLinking(LocalGovDbContext db, IAuditScope audit, LocalGov.Payments.Contracts.IBilling billing)
{
    public static readonly LocalizedText NothingMatches = new(
        "ไม่พบข้อมูลที่ตรงกัน ตรวจสอบเลขที่หนังสือแจ้งประเมินและรหัสยืนยันสิทธิ์ตามที่พิมพ์บนหนังสือแจ้งอีกครั้ง หรือติดต่อกองคลังของหน่วยงานเพื่อขอรหัส",
        "Nothing matches. Check the notice number and the claim code as printed on the notice, or ask the local government's revenue office for the code.");

    /// <summary>Checks the fields a person can fix (empty, too long); says nothing about whether they match.</summary>
    public static IReadOnlyList<FieldError> Validate(string? notice, string? code)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(notice) || notice.Trim().Length > 30)
        {
            errors.Add(new("Notice", new("ระบุเลขที่หนังสือแจ้งประเมิน เช่น LBT-2569-000123 (ภ.ด.ส.6) หรือ SBT-2569-000012 (ภ.ป.3)",
                "Give the notice number, e.g. LBT-2569-000123 (land and building) or SBT-2569-000012 (signboard).")));
        }
        if (ClaimCode.Problem(code) is { } problem)
        {
            errors.Add(new("ClaimCode", problem));
        }
        return errors;
    }

    /// <summary>The payer linked to <paramref name="userId"/>, or null when nothing matches (the same for every kind of miss).</summary>
    public async Task<TaxPayer?> LinkAsync(string notice, string code, Guid userId, CancellationToken cancellationToken)
    {
        var number = notice.Trim().ToUpperInvariant();
        var typed = ClaimCode.Normalize(code);
        var payerId = await db.Set<TaxAssessment>().AsNoTracking().Where(a => a.Number == number).Select(a => (Guid?)a.PayerId).SingleOrDefaultAsync(cancellationToken);
        var payer = payerId is null ? null : await db.Set<TaxPayer>().SingleOrDefaultAsync(p => p.Id == payerId, cancellationToken);
        // compare even when there is no payer, so a miss takes as long as a wrong code
        var matches = ClaimCode.Matches(payer?.ClaimCode, typed);
        if (payer is null || !matches)
        {
            audit.AddAction("Tax.PayerLinkRefused", $"user {userId}");
            return null;
        }
        if (payer.UserId is { } owner && owner != userId)
        {
            throw new BusinessRuleException(new LocalizedText(
                "เลขที่ผู้เสียภาษีนี้ผูกกับบัญชีอื่นอยู่แล้ว โปรดติดต่อกองคลังของหน่วยงานพร้อมบัตรประจำตัว",
                "This taxpayer record is already linked to another account. Please contact the revenue office with your ID card."), "Notice", 409);
        }
        if (payer.UserId is null)
        {
            audit.AddAction("Tax.PayerLinked", $"{payer.Code} to user {userId} by notice {number}");
            await LinkAsync([payer], userId, cancellationToken);
        }
        return payer;
    }

    /// <summary>
    /// Links to the account every individual payer of the current LAO whose national ID is the resident's verified
    /// one (a digital-ID provider vouched for it: no notice or claim code needed). A payer another account already
    /// holds stays theirs and is counted, not moved. Returns (linked now, held by another account).
    /// </summary>
    public async Task<(int Linked, int HeldElsewhere)> LinkByVerifiedIdAsync(LocalGov.Identity.Contracts.VerifiedPerson person, CancellationToken cancellationToken)
    {
        var payers = await db.Set<TaxPayer>()
            .Where(p => p.Kind == PayerKind.Person && p.IdHash == person.NationalIdHash).ToListAsync(cancellationToken);
        var free = payers.Where(p => p.UserId is null).ToList();
        var elsewhere = payers.Count(p => p.UserId is { } owner && owner != person.UserId);
        audit.AddAction("Tax.PayersLinkedByVerifiedId",
            $"user {person.UserId} ({person.Provider}): {string.Join(", ", free.Select(p => p.Code))} linked, {elsewhere} held by another account");
        await LinkAsync(free, person.UserId, cancellationToken);
        return (free.Count, elsewhere);
    }

    /// <summary>Sets the account on the payers and on their bills issued before the link ("my bills", receipts), in one transaction.</summary>
    private async Task LinkAsync(IReadOnlyList<TaxPayer> payers, Guid userId, CancellationToken cancellationToken)
    {
        if (payers.Count == 0)
        {
            return;
        }
        var payerIds = payers.Select(p => p.Id).ToList();
        foreach (var payer in payers)
        {
            payer.UserId = userId;
        }
        var billIds = await db.Set<TaxBill>().AsNoTracking()
            .Where(b => db.Set<TaxAssessment>().Any(a => a.Id == b.AssessmentId && payerIds.Contains(a.PayerId)))
            .Select(b => b.BillId).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var billId in billIds)
        {
            await billing.LinkPayerAsync(billId, userId, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
