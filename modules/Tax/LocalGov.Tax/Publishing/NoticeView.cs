using System.Security.Claims;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Objections;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Publishing;

/// <summary>A bill of the notice as the owner sees it: Payments' view (amount due today with fines), its PromptPay code.</summary>
public sealed record NoticeBill(TaxBill TaxBill, BillView? Bill, string? QrCode, IReadOnlyList<BillReceipt> Receipts);

/// <summary>Everything the notice page shows: the assessment, its owner (ID masked), bills, objections and what the owner may still do.</summary>
public sealed record NoticeDetails(
    TaxAssessment Assessment,
    string PayerCode,
    string PayerName,
    string PayerIdMasked,
    string? PayerAddress,
    string PayerClaimCode,
    bool IsOwner,
    IReadOnlyList<NoticeBill> Bills,
    IReadOnlyList<Objection> Objections,
    ScheduleRates Rates,
    DateOnly Today)
{
    public DateOnly LastObjectionDay => Tax.Objections.Objections.LastDay(Assessment);

    /// <summary>The owner may still object: within 30 days of the notice and no objection waiting.</summary>
    public bool CanObject => IsOwner && Today <= LastObjectionDay && Objections.All(o => o.Status != ObjectionStatus.Filed);

    /// <summary>The plan the bills go on, shown before and after the owner asks for it.</summary>
    public InstallmentPlan? Plan => Bills.FirstOrDefault(b => !b.TaxBill.Cancelled) is { } bill ? TaxTimeline.Installments(Rates, bill.TaxBill.DueDate) : null;

    /// <summary>
    /// Installments are offered for land-and-building tax of at least the year's minimum (3,000 baht, inclusive),
    /// with nothing paid yet, on or before the due date, when not already on installments.
    /// </summary>
    public bool CanAskInstallments => IsOwner && InstallmentRefusal is null;

    public LocalizedText? InstallmentRefusal =>
        Assessment.Kind != TaxKind.LandBuilding ? new("ภาษีป้ายชำระครั้งเดียว", "Signboard tax is paid at once.")
        : Assessment.Installments ? new("ผ่อนชำระแล้ว", "Already on installments.")
        : Assessment.Total < Rates.InstallmentMinimum ? new($"ผ่อนชำระได้เมื่อภาษีตั้งแต่ {Rates.InstallmentMinimum:N2} บาทขึ้นไป", $"Installments are for a tax of {Rates.InstallmentMinimum:N2} baht or more.")
        : Assessment.Paid > 0 || Bills.Any(b => b.Bill is { PrincipalPaid: > 0 }) ? new("ชำระไปแล้วบางส่วน จึงผ่อนชำระไม่ได้", "Part is already paid, so installments are no longer possible.")
        : Today > Assessment.DueDate ? new("พ้นวันครบกำหนดชำระแล้ว", "The due date has passed.")
        : !Bills.Any(b => !b.TaxBill.Cancelled && b.Bill is { Status: BillStatus.Open }) ? new("ไม่มีใบแจ้งหนี้ที่ค้างชำระ", "No open bill.")
        : null;
}

/// <summary>
/// A notice (ภ.ด.ส.6 or ภ.ป.3) as its owner reads it online: only the account linked to the payer, or staff who may
/// assess, find it; for anyone else it does not exist. The owner may ask to pay in three installments and may object
/// within 30 days.
/// </summary>
public sealed class NoticeView(LocalGovDbContext db, IBilling billing, IBillPresentation presentation, IPermissionChecker permissions, TaxRates taxRates,
    Objections.Objections objections, IAuditScope audit, TimeProvider clock)
{
    public async Task<NoticeDetails?> FindAsync(string number, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var assessment = await db.Set<TaxAssessment>().SingleOrDefaultAsync(a => a.Number == number, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        var payer = await db.Set<TaxPayer>().AsNoTracking().SingleAsync(p => p.Id == assessment.PayerId, cancellationToken);
        var isOwner = SignedIn.UserIdOf(user) is { } userId && payer.UserId == userId;
        if (!isOwner && !await permissions.IsGrantedAsync(user, TaxPermissions.Assess, cancellationToken))
        {
            return null;
        }
        var taxBills = await db.Set<TaxBill>().AsNoTracking().Where(b => b.AssessmentId == assessment.Id).OrderBy(b => b.BillNumber).ToListAsync(cancellationToken);
        var bills = new List<NoticeBill>(taxBills.Count);
        var views = new Dictionary<Guid, BillView>();
        for (var sequence = 1; sequence <= taxBills.Count; sequence++)
        {
            foreach (var view in await billing.FindBySourceAsync(AssessmentBilling.ModuleName, AssessmentBilling.Source(assessment, sequence).Reference, cancellationToken))
            {
                views[view.Id] = view;
            }
        }
        foreach (var taxBill in taxBills)
        {
            var view = views.GetValueOrDefault(taxBill.BillId);
            var qr = view is { Status: BillStatus.Open or BillStatus.PartiallyPaid } ? await presentation.QrCodeAsync(view.Id, cancellationToken) : null;
            bills.Add(new NoticeBill(taxBill, view, qr, await presentation.ReceiptsAsync(taxBill.BillId, user, cancellationToken)));
        }
        var filed = await db.Set<Objection>().AsNoTracking().Where(o => o.AssessmentId == assessment.Id).OrderBy(o => o.FiledAt).ToListAsync(cancellationToken);
        return new NoticeDetails(assessment, payer.Code, payer.Name, payer.IdMasked, payer.Address, payer.ClaimCode, isOwner, bills, filed,
            await taxRates.ForYearAsync(assessment.Year, cancellationToken), BangkokTime.Today(clock));
    }

    /// <summary>Puts the notice's open bills on three installments and marks the assessment, in one transaction; a stale page is a 409.</summary>
    public async Task AskInstallmentsAsync(NoticeDetails notice, string? expectedStamp, CancellationToken cancellationToken)
    {
        if (!notice.IsOwner)
        {
            throw new BusinessRuleException(new LocalizedText("เฉพาะเจ้าของที่ผูกบัญชีแล้วขอผ่อนชำระได้", "Only the linked owner may ask for installments."), "", 403);
        }
        if (notice.InstallmentRefusal is { } refusal)
        {
            throw new BusinessRuleException(refusal, "", 409);
        }
        var assessment = notice.Assessment;
        if (expectedStamp is not null)
        {
            db.Entry(assessment).Property(a => a.ConcurrencyStamp).OriginalValue = expectedStamp;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        assessment.Installments = true;
        foreach (var bill in notice.Bills.Where(b => !b.TaxBill.Cancelled && b.Bill is { Status: BillStatus.Open }))
        {
            await billing.SetInstallmentsAsync(bill.TaxBill.BillId, TaxTimeline.Installments(notice.Rates, bill.TaxBill.DueDate), cancellationToken);
        }
        audit.AddAction("Tax.InstallmentsAsked", assessment.Number);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<Objection> ObjectAsync(NoticeDetails notice, string? grounds, Guid userId, CancellationToken cancellationToken) =>
        notice.IsOwner
            ? objections.FileAsync(notice.Assessment, grounds, userId, cancellationToken)
            : throw new BusinessRuleException(new LocalizedText("เฉพาะเจ้าของที่ผูกบัญชีแล้วยื่นคำคัดค้านทางออนไลน์ได้", "Only the linked owner may object online."), "Grounds", 403);
}
