using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Satisfaction;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Notifications;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Objections;

/// <summary>
/// Filing and deciding objections. Filing is open for 30 days from the notice date (Bangkok days, the notice day
/// not counted) and once at a time per assessment. Upholding re-assesses the owner from the registry as corrected
/// by the officer and bills the difference; rejecting needs the reasons, which the owner reads and is mailed.
/// </summary>
public sealed class Objections(LocalGovDbContext db, INumberingService numbers, AssessmentEngine engine, TaxMail mail, IAuditScope audit,
    ISatisfactionSurveys satisfaction, TimeProvider clock)
{
    public const string NumberSequence = "OBJ";

    public static DateOnly LastDay(TaxAssessment assessment) => assessment.NoticeDate.AddDays(Objection.FilingDays);

    public async Task<Objection> FileAsync(TaxAssessment assessment, string? grounds, Guid? userId, CancellationToken cancellationToken)
    {
        var text = grounds?.Trim() ?? "";
        if (text.Length < 10)
        {
            throw new BusinessRuleException(new LocalizedText("เขียนเหตุผลที่คัดค้านอย่างน้อย 10 ตัวอักษร เช่น เนื้อที่หรือการใช้ประโยชน์ที่ไม่ถูกต้อง",
                "Write the grounds of your objection (at least 10 characters), e.g. the area or use that is wrong."), "Grounds");
        }
        if (text.Length > Objection.MaxText)
        {
            throw new BusinessRuleException(new LocalizedText($"เหตุผลยาวเกิน {Objection.MaxText:N0} ตัวอักษร", $"The grounds are longer than {Objection.MaxText:N0} characters."), "Grounds");
        }
        var today = BangkokTime.Today(clock);
        if (today > LastDay(assessment))
        {
            throw new BusinessRuleException(new LocalizedText(
                $"พ้นกำหนดยื่นคำคัดค้านแล้ว (ภายใน 30 วันนับจากวันที่ได้รับแจ้ง สิ้นสุด {TaxMail.ThaiDay(LastDay(assessment))})",
                $"The 30 days to object ended on {LastDay(assessment):d MMM yyyy}."), "Grounds", 409);
        }
        if (await db.Set<Objection>().AnyAsync(o => o.AssessmentId == assessment.Id && o.Status == ObjectionStatus.Filed, cancellationToken))
        {
            throw new BusinessRuleException(new LocalizedText("มีคำคัดค้านที่รอพิจารณาอยู่แล้ว", "An objection to this notice is already waiting for a decision."), "Grounds", 409);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await numbers.NextAsync(NumberSequence, cancellationToken: cancellationToken);
        var objection = new Objection(number.Formatted, assessment.Id, assessment.Number, text, userId, clock.GetUtcNow().UtcDateTime);
        db.Add(objection);
        assessment.Status = AssessmentStatus.Objected;
        audit.AddAction("Tax.ObjectionFiled", $"{objection.Number} on {assessment.Number}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return objection;
    }

    /// <summary>
    /// Upholds (re-assesses from the registry as it stands now, after the officer corrected it) or rejects with
    /// reasons. A stale form is a 409, so two officers cannot decide one objection twice.
    /// </summary>
    public async Task<Objection> DecideAsync(string number, bool uphold, string? reasons, string by, string? expectedStamp, CancellationToken cancellationToken)
    {
        var objection = await db.Set<Objection>().SingleOrDefaultAsync(o => o.Number == number, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบคำคัดค้าน", "No such objection."), "number", 404);
        if (objection.Status != ObjectionStatus.Filed)
        {
            throw new BusinessRuleException(new LocalizedText("คำคัดค้านนี้พิจารณาแล้ว", "This objection is already decided."), "number", 409);
        }
        var text = reasons?.Trim() ?? "";
        if (text.Length is < 5 or > Objection.MaxText)
        {
            throw new BusinessRuleException(new LocalizedText("เขียนเหตุผลของคำวินิจฉัย (5–4,000 ตัวอักษร) ผู้คัดค้านจะได้อ่าน",
                "Write the reasons for the decision (5–4,000 characters); the owner will read them."), "Reasons");
        }
        if (expectedStamp is not null)
        {
            db.Entry(objection).Property(o => o.ConcurrencyStamp).OriginalValue = expectedStamp;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var assessment = await db.Set<TaxAssessment>().SingleAsync(a => a.Id == objection.AssessmentId, cancellationToken);
        var before = assessment.Total;
        var after = before;
        if (uphold)
        {
            if (assessment.Kind != TaxKind.LandBuilding)
            {
                throw new BusinessRuleException(new LocalizedText("คำคัดค้านภาษีป้ายแก้ไขโดยประเมินแบบ ภ.ป.1 ใหม่", "Correct a signboard assessment by assessing its declaration again."), "number", 409);
            }
            assessment = await engine.AssessOwnerAsync(assessment.PayerId, assessment.Year, $"คำคัดค้าน {objection.Number} / objection {objection.Number}", by, cancellationToken);
            after = assessment.Total;
        }
        else
        {
            assessment.Status = assessment.Revision > 0 ? AssessmentStatus.Corrected : AssessmentStatus.Assessed;
        }
        objection.Decide(uphold ? ObjectionStatus.Upheld : ObjectionStatus.Rejected, text, by, clock.GetUtcNow().UtcDateTime, before, after);
        var payer = await db.Set<TaxPayer>().AsNoTracking().SingleAsync(p => p.Id == assessment.PayerId, cancellationToken);
        mail.SendObjectionDecided(payer, assessment, objection.Number,
            uphold ? $"แก้ไขการประเมิน จาก {before:N2} เป็น {after:N2} บาท" : "ยืนตามการประเมินเดิม", text);
        // the decision completes the owner's case: asked once how it went, on the platform's one mechanism
        await satisfaction.OpenAsync(new SurveyRequest(TaxModule.ModuleName, "objection",
            new LocalizedText("คำคัดค้านการประเมินภาษี", "Tax assessment objection"), objection.Number,
            objection.FiledByUserId ?? payer.UserId, payer.Email, "th", $"/tax/my/{Uri.EscapeDataString(assessment.Number)}"), cancellationToken);
        audit.AddAction("Tax.ObjectionDecided", $"{objection.Number}: {(uphold ? "upheld" : "rejected")} {before:N2} → {after:N2}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return objection;
    }
}
