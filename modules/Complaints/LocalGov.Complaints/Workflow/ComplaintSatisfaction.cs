using LocalGov.Complaints.Categories;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Satisfaction;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Workflow;

/// <summary>
/// Complaints on the platform's one satisfaction mechanism: an answered (resolved or rejected) complaint opens the
/// reporter's survey, one per complaint, in the category's name; a rating given through the survey's mail link
/// closes the complaint as the tracking page's form does, and a rating on the tracking page is the survey's answer.
/// </summary>
public sealed class ComplaintSatisfaction(LocalGovDbContext db, ISatisfactionSurveys surveys, TimeProvider clock) : ISatisfactionAnswerHandler
{
    public string Module => ComplaintsModule.ModuleName;

    public static SurveyRequest Request(Complaint complaint, Category category) => new(
        ComplaintsModule.ModuleName, category.Code, new LocalizedText($"เรื่องร้องเรียน: {category.NameTh}", $"Complaint: {category.NameEn}"),
        complaint.TrackingCode!, complaint.ReporterUserId, complaint.ReporterEmail, complaint.Culture,
        $"/complaints/track/{Uri.EscapeDataString(complaint.TrackingCode!)}");

    /// <summary>The complaint was answered: ask the reporter (once, whatever happens after a reopening).</summary>
    public async Task OpenAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        var category = await db.Set<Category>().SingleAsync(c => c.Id == complaint.CategoryId, cancellationToken);
        await surveys.OpenAsync(Request(complaint, category), cancellationToken);
    }

    /// <summary>The tracking page's rating: the complaint's own step, and the survey's answer with it.</summary>
    public async Task RecordAsync(Complaint complaint, int stars, string? comment, CancellationToken cancellationToken)
    {
        var category = await db.Set<Category>().SingleAsync(c => c.Id == complaint.CategoryId, cancellationToken);
        await surveys.RecordAnswerAsync(Request(complaint, category), stars, comment, cancellationToken);
    }

    public async Task OnAnsweredAsync(SatisfactionSurvey survey, CancellationToken cancellationToken)
    {
        var complaint = await db.Set<Complaint>().SingleOrDefaultAsync(c => c.TrackingCode == survey.CaseReference, cancellationToken);
        if (complaint is null || complaint.Rating is not null)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (complaint.Status is ComplaintStatus.Resolved or ComplaintStatus.Rejected)
        {
            db.Add(complaint.Rate(survey.Stars!.Value, survey.Comment, now));
        }
        else if (complaint.Status == ComplaintStatus.Closed)
        {
            complaint.KeepLateRating(survey.Stars!.Value, survey.Comment);
        }
        else
        {
            throw new BusinessRuleException(new LocalizedText(
                "เรื่องนี้ถูกเปิดอีกครั้งและกำลังดำเนินการ กรุณาให้คะแนนเมื่อหน่วยงานตอบเรื่องแล้ว",
                "This complaint was reopened and is being worked on again; please rate it once it is answered."), "stars", 409);
        }
    }
}
