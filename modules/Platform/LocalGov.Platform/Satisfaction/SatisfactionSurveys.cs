using System.Security.Cryptography;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.Satisfaction;

internal sealed class SatisfactionSurveys(
    LocalGovDbContext db,
    IEmailSender mail,
    ICurrentTenant currentTenant,
    PublicUrls urls,
    IServiceProvider services,
    TimeProvider clock) : ISatisfactionSurveys
{
    public const string InvitationTemplate = "Platform.SatisfactionInvitation";
    public const int MaxKey = 60;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<SatisfactionSurvey> OpenAsync(SurveyRequest request, CancellationToken cancellationToken = default)
    {
        if (await ExistingAsync(request, cancellationToken) is { } existing)
        {
            return existing; // one survey per case: a case completed again (reopened, re-decided) is not asked twice
        }
        var survey = Create(request);
        if (request.RecipientEmail is { } email && EmailAddress.IsPlausible(email))
        {
            var tenant = currentTenant.Tenant!;
            var thai = survey.Culture != "en";
            mail.QueueTemplate(email, InvitationTemplate, survey.Culture, new Dictionary<string, string>
            {
                ["tenant"] = thai ? tenant.Name.Th : tenant.Name.En,
                ["service"] = thai ? survey.ServiceTh : survey.ServiceEn,
                ["case"] = survey.CaseReference,
                ["link"] = $"{urls.ForTenant(tenant)}/satisfaction/{survey.Token}",
            });
        }
        return survey;
    }

    public async Task<SatisfactionSurvey?> OpenStepAsync(SurveyRequest request, SurveyCase partOf, CancellationToken cancellationToken = default) =>
        services.GetServices<SatisfactionCaseOwner>().Any(o => o.Module == partOf.Module)
            ? null
            : await OpenAsync(request, cancellationToken);

    public async Task<SatisfactionSurvey?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        var key = token?.Trim();
        if (string.IsNullOrEmpty(key) || key.Length > 64 || currentTenant.Id is null)
        {
            return null;
        }
        var hash = SatisfactionSurvey.HashOf(key);
        return await db.Set<SatisfactionSurvey>().SingleOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
    }

    public async Task<SatisfactionSurvey?> FindMineAsync(Guid surveyId, Guid userId, CancellationToken cancellationToken = default) =>
        currentTenant.Id is null
            ? null
            : await db.Set<SatisfactionSurvey>().SingleOrDefaultAsync(s => s.Id == surveyId && s.RecipientUserId == userId, cancellationToken);

    public async Task<SatisfactionSurvey> AnswerAsync(string? token, string? stars, string? comment, CancellationToken cancellationToken = default) =>
        await AnswerAsync(await FindAsync(token, cancellationToken), stars, comment, cancellationToken);

    public async Task<SatisfactionSurvey> AnswerAsync(SatisfactionSurvey? survey, string? stars, string? comment, CancellationToken cancellationToken = default)
    {
        if (survey is null)
        {
            throw new BusinessRuleException(new LocalizedText("ไม่พบแบบสอบถามนี้ ลิงก์อาจไม่ครบ กรุณาเปิดลิงก์จากอีเมลอีกครั้ง",
                "No such survey: the link may be incomplete; open it again from your email."), null, 404);
        }
        survey.RequireUnanswered();
        survey.Answer(SatisfactionScale.Parse(stars), comment, Now);
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // resolved here, not injected: a module's handler uses this service too (complaints open and answer surveys)
            foreach (var handler in services.GetServices<ISatisfactionAnswerHandler>().Where(h => h.Module == survey.Module))
            {
                await handler.OnAnsweredAsync(survey, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
        return survey;
    }

    public async Task<SatisfactionSurvey> RecordAnswerAsync(SurveyRequest request, int stars, string? comment, CancellationToken cancellationToken = default)
    {
        var survey = await ExistingAsync(request, cancellationToken) ?? Create(request);
        survey.Answer(stars, comment, Now);
        return survey;
    }

    public async Task<IReadOnlyList<SatisfactionSurvey>> PendingForAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Set<SatisfactionSurvey>().AsNoTracking()
            .Where(s => s.RecipientUserId == userId && s.Stars == null)
            .OrderByDescending(s => s.CompletedAt).Take(20).ToListAsync(cancellationToken);

    private async Task<SatisfactionSurvey?> ExistingAsync(SurveyRequest request, CancellationToken cancellationToken) =>
        db.Set<SatisfactionSurvey>().Local.FirstOrDefault(s => s.Module == request.Module && s.CaseReference == request.CaseReference
            && s.TenantId == currentTenant.Id)
        ?? await db.Set<SatisfactionSurvey>().SingleOrDefaultAsync(s => s.Module == request.Module && s.CaseReference == request.CaseReference, cancellationToken);

    private SatisfactionSurvey Create(SurveyRequest request)
    {
        if (currentTenant.Id is null)
        {
            throw new InvalidOperationException("A satisfaction survey belongs to an LAO: open it inside the LAO's scope.");
        }
        if (request.ServiceType.Length is 0 or > MaxKey || request.CaseReference.Length is 0 or > MaxKey || request.Module.Length is 0 or > MaxKey)
        {
            throw new ArgumentException("The module, service type and case reference are 1–60 characters.", nameof(request));
        }
        if (request.ReturnPath is { } path && (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Length > 300))
        {
            throw new ArgumentException("The return path is a path under the LAO, up to 300 characters.", nameof(request));
        }
        var survey = new SatisfactionSurvey(request, NewToken(), Now)
        {
            TenantId = currentTenant.Id.Value,
        };
        db.Add(survey);
        return survey;
    }

    /// <summary>128 random bits, base64url: 22 characters nobody can guess.</summary>
    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
