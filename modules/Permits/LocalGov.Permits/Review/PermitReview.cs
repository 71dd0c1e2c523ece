using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.Notifications;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;
using LocalGov.Platform.Localization;

namespace LocalGov.Permits.Review;

/// <summary>
/// Every step after filing: completeness (the once-only request for documents), assignment, inspection, the
/// decision, the fee bill and, with no fee, the permit. Each loads the application, applies the rule on
/// <see cref="PermitApplication"/>, records the step, tells the applicant and saves it all in one transaction. A
/// stale form (someone acted first) is a concurrency conflict (409), never a lost update.
/// </summary>
public sealed class PermitReview(
    LocalGovDbContext db,
    IBilling billing,
    PermitIssuer issuer,
    PermitMail mail,
    IPersonalDataVault vault,
    ISettingProvider settings,
    PermitSatisfaction satisfaction,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PermitApplication> FindAsync(string number, CancellationToken cancellationToken) =>
        await db.Set<PermitApplication>().SingleOrDefaultAsync(a => a.Number == number, cancellationToken)
        ?? throw new BusinessRuleException(new("ไม่พบคำขอเลขที่นี้", "No application has this number."), null, 404);

    public Task<PermitType> TypeAsync(PermitApplication application, CancellationToken cancellationToken) =>
        db.Set<PermitType>().SingleAsync(t => t.Id == application.PermitTypeId, cancellationToken);

    /// <summary>Lists what is missing, in writing, once; the applicant has the LAO's set number of days to answer.</summary>
    public async Task<PermitApplication> RequestDocumentsAsync(string number, string? stamp, string whatIsMissing, string officer, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(number, stamp, cancellationToken);
        var days = await PermitsSettings.DocumentsDaysAsync(settings, cancellationToken);
        var now = Now;
        db.Add(application.RequestDocuments(now, officer, whatIsMissing, BangkokTime.DateOf(now).AddDays(days)));
        if (!await mail.QueueDocumentsRequestedAsync(application, await TypeAsync(application, cancellationToken), cancellationToken))
        {
            db.Add(application.Note(now, officer, new LocalizedText("ผู้ยื่นไม่มีอีเมล ต้องแจ้งรายการเอกสารที่ขาดเป็นหนังสือ", "No email: send the list of missing documents by letter").Stored));
        }
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>The applicant (or the counter for them) sends what was asked for; the clock starts again.</summary>
    public async Task<PermitApplication> SupplyDocumentsAsync(string number, string? stamp, IReadOnlyList<CheckedDocument> documents, string? actor,
        CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            throw new BusinessRuleException(new("กรุณาแนบเอกสารที่เจ้าหน้าที่ขออย่างน้อยหนึ่งไฟล์", "Attach at least one of the documents asked for."), "documents");
        }
        var application = await LoadAsync(number, stamp, cancellationToken);
        var type = await TypeAsync(application, cancellationToken);
        var now = Now;
        db.Add(application.SupplyDocuments(now, type.DecisionDays, actor));
        foreach (var document in documents)
        {
            db.Add(new ApplicationDocument(application.Id, document.DocumentCode, document.FileName, document.ContentType, document.Data, now, supplement: true));
        }
        await mail.QueueReceivedAsync(application, type, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    public async Task<PermitApplication> AcceptAsync(string number, string? stamp, string officer, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(number, stamp, cancellationToken);
        db.Add(application.Accept(Now, officer));
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    public async Task<PermitApplication> AssignAsync(string number, string? stamp, Guid officerId, string officerName, string actor, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(number, stamp, cancellationToken);
        db.Add(application.Assign(Now, officerId, officerName, actor));
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>Why the decision is late, repeated in the applicant's 7-day notices.</summary>
    public async Task<PermitApplication> ExplainDelayAsync(string number, string? stamp, string reason, string actor, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(number, stamp, cancellationToken);
        if (!application.IsUndecided)
        {
            throw new BusinessRuleException(new("คำขอนี้มีผลการพิจารณาแล้ว", "This application is already decided."), null, 409);
        }
        application.LateReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, 500)];
        db.Add(application.Note(Now, actor, new LocalizedText("เหตุที่ล่าช้า: " + application.LateReason, "Reason for delay: " + application.LateReason).Stored));
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    public async Task<Inspection> ScheduleInspectionAsync(string number, string? stamp, DateOnly on, string inspector, string actor, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(number, stamp, cancellationToken);
        if (application.Status != ApplicationStatus.InReview)
        {
            throw new BusinessRuleException(new("นัดตรวจได้เมื่อคำขอครบถ้วนและอยู่ระหว่างพิจารณา", "An inspection can be scheduled once the application is complete and under review."), null, 409);
        }
        if (on < BangkokTime.DateOf(Now))
        {
            throw new BusinessRuleException(new("วันนัดตรวจต้องไม่เป็นวันที่ผ่านมาแล้ว", "The inspection date cannot be in the past."), "date");
        }
        if (string.IsNullOrWhiteSpace(inspector) || inspector.Trim().Length > 256)
        {
            throw new BusinessRuleException(new("กรุณาระบุผู้ตรวจ (ไม่เกิน 256 ตัวอักษร)", "Name the inspector (at most 256 characters)."), "inspector");
        }
        var inspection = new Inspection(application.Id, on, inspector.Trim());
        db.Add(inspection);
        db.Add(new ApplicationEvent(application.Id, Now, ApplicationEventKind.InspectionScheduled, actor,
            new LocalizedText(BangkokTime.Format(on, thai: true) + " · " + inspector.Trim(), BangkokTime.Format(on, thai: false) + " · " + inspector.Trim()).Stored));
        application.ConcurrencyStamp = Guid.NewGuid().ToString("N"); // a second scheduler's stale form conflicts
        await db.SaveChangesAsync(cancellationToken);
        return inspection;
    }

    public async Task<Inspection> RecordInspectionAsync(Guid inspectionId, string? stamp, IReadOnlyList<ChecklistAnswer> answers, string? notes,
        IReadOnlyList<(string ContentType, byte[] Data)> photos, string actor, CancellationToken cancellationToken)
    {
        var inspection = await db.Set<Inspection>().SingleOrDefaultAsync(i => i.Id == inspectionId, cancellationToken)
            ?? throw new BusinessRuleException(new("ไม่พบการนัดตรวจนี้", "No such inspection."), null, 404);
        if (!string.IsNullOrEmpty(stamp))
        {
            db.Entry(inspection).Property(i => i.ConcurrencyStamp).OriginalValue = stamp;
        }
        if (photos.Count > InspectionPhoto.MaxFiles)
        {
            throw new BusinessRuleException(new($"แนบรูปได้ไม่เกิน {InspectionPhoto.MaxFiles} รูป", $"Attach at most {InspectionPhoto.MaxFiles} photos."), "photos");
        }
        var application = await db.Set<PermitApplication>().SingleAsync(a => a.Id == inspection.ApplicationId, cancellationToken);
        if (!application.IsUndecided)
        {
            throw new BusinessRuleException(new("คำขอนี้มีผลการพิจารณาแล้วหรือถูกถอน จึงบันทึกผลตรวจไม่ได้", "This application is decided or withdrawn; no inspection result can be recorded."), null, 409);
        }
        var type = await TypeAsync(application, cancellationToken);
        var now = Now;
        inspection.Record(now, actor, type.Checklist, answers, notes);
        foreach (var (contentType, data) in photos)
        {
            db.Add(new InspectionPhoto(inspection.Id, contentType, data));
        }
        db.Add(new ApplicationEvent(application.Id, now, ApplicationEventKind.InspectionRecorded, actor, Inspection.Describe(inspection.Result).Stored));
        await db.SaveChangesAsync(cancellationToken);
        return inspection;
    }

    /// <summary>
    /// Approves: a type that needs inspection needs a passed one. With a fee, a bill goes to Payments and the permit
    /// follows its payment; without, the permit is issued now. Either way the applicant is told at once.
    /// </summary>
    public async Task<PermitApplication> ApproveAsync(string number, string? stamp, string? conditions, string officer, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(number, stamp, cancellationToken);
        var type = await TypeAsync(application, cancellationToken);
        // the latest inspection with a result decides: a failed re-inspection outweighs an earlier pass
        var latest = await db.Set<Inspection>().Where(i => i.ApplicationId == application.Id && i.Result != InspectionResult.Pending)
            .OrderByDescending(i => i.RecordedAt).Select(i => (InspectionResult?)i.Result).FirstOrDefaultAsync(cancellationToken);
        if (type.InspectionRequired && !(application is { Kind: ApplicationKind.Renewal, Unchanged: true }) && latest != InspectionResult.Passed)
        {
            throw new BusinessRuleException(new("ประเภทนี้ต้องตรวจสถานที่และผลต้องผ่านก่อนอนุมัติ", "This type needs a passed site inspection before approval."), null, 409);
        }
        await DecideAsync(application, type, conditions, officer, cancellationToken);
        return application;
    }

    /// <summary>Rejects with reasons; the type's appeal route goes with the rejection.</summary>
    public async Task<PermitApplication> RejectAsync(string number, string? stamp, string reasons, string officer, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(number, stamp, cancellationToken);
        var type = await TypeAsync(application, cancellationToken);
        var now = Now;
        db.Add(application.Reject(now, officer, reasons, application.Culture == "en" ? type.AppealEn : type.AppealTh));
        if (await mail.QueueRejectedAsync(application, type, cancellationToken))
        {
            application.MarkDecisionNotified(now);
        }
        await satisfaction.OpenAsync(application, type, cancellationToken); // a rejection completes the case
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>The applicant withdraws before the decision (the page checks it is their application).</summary>
    public async Task<PermitApplication> WithdrawAsync(string number, string? stamp, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(number, stamp, cancellationToken);
        db.Add(application.Withdraw(Now));
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>Staff told an applicant without email by letter or in person.</summary>
    public async Task<PermitApplication> MarkNotifiedAsync(string number, string? stamp, string actor, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(number, stamp, cancellationToken);
        if (application.DecidedAt is null)
        {
            throw new BusinessRuleException(new("ยังไม่มีผลการพิจารณาให้แจ้ง", "There is no decision to notify yet."), null, 409);
        }
        application.MarkDecisionNotified(Now);
        db.Add(application.Note(Now, actor, new LocalizedText("แจ้งผลการพิจารณาเป็นหนังสือแล้ว", "Decision notified by letter").Stored));
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>After a fee bill was cancelled: bills the approved fee again.</summary>
    public async Task<PermitApplication> BillAgainAsync(string number, string? stamp, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(number, stamp, cancellationToken);
        if (application.Status != ApplicationStatus.Approved || application.BillId is not null)
        {
            throw new BusinessRuleException(new("คำขอนี้มีใบแจ้งค่าธรรมเนียมอยู่แล้ว", "This application already has a fee bill."), null, 409);
        }
        var type = await TypeAsync(application, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BillAsync(application, type, await LinesAsync(application, type, cancellationToken), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return application;
    }

    /// <summary>Approves and bills (or issues) in one transaction. Used by staff approval and by unchanged renewals.</summary>
    internal async Task DecideAsync(PermitApplication application, PermitType type, string? conditions, string officer, CancellationToken cancellationToken)
    {
        var lines = await LinesAsync(application, type, cancellationToken);
        var now = Now;
        var owns = db.Database.CurrentTransaction is null;
        await using var transaction = owns ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.Add(application.Approve(now, officer, conditions, lines.Sum(l => l.Amount)));
        bool notified;
        if (lines.Count > 0)
        {
            var payBy = await BillAsync(application, type, lines, cancellationToken);
            notified = await mail.QueueApprovedAsync(application, type, payBy, cancellationToken);
        }
        else
        {
            await issuer.IssueAsync(application, type, now, cancellationToken);
            notified = application.ApplicantEmail is not null;
        }
        if (notified)
        {
            application.MarkDecisionNotified(now);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyList<BillLineRequest>> LinesAsync(PermitApplication application, PermitType type, CancellationToken cancellationToken)
    {
        var renewed = application.RenewsPermitId is { } id ? await db.Set<Permit>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        return PermitFee.Lines(application, type, renewed, await PermitsSettings.LateRenewalSurchargeAsync(settings, cancellationToken));
    }

    private async Task<DateOnly> BillAsync(PermitApplication application, PermitType type, IReadOnlyList<BillLineRequest> lines, CancellationToken cancellationToken)
    {
        var now = Now;
        var payBy = BangkokTime.DateOf(now).AddDays(await PermitsSettings.FeeDueDaysAsync(settings, cancellationToken));
        var nationalId = application.ApplicantIdCipher is { } cipher ? vault.Unprotect(cipher) : null;
        var bill = await billing.IssueAsync(new IssueBillRequest(
            new BillPayer(application.ApplicantName, application.Number.Replace("-", "", StringComparison.Ordinal), application.ApplicantEmail,
                application.ApplicantUserId, nationalId),
            new BillSource(PermitBillEvents.ModuleName, application.Number),
            lines,
            payBy), cancellationToken);
        db.Add(application.BillFee(now, bill.Id, bill.Number));
        return payBy;
    }

    private async Task<PermitApplication> LoadAsync(string number, string? stamp, CancellationToken cancellationToken)
    {
        var application = await FindAsync(number, cancellationToken);
        if (!string.IsNullOrEmpty(stamp))
        {
            db.Entry(application).Property(a => a.ConcurrencyStamp).OriginalValue = stamp;
        }
        return application;
    }
}
