using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Queue;

/// <summary>What the staff queue is filtered by; every part optional.</summary>
public sealed record QueueFilter(ApplicationStatus? Status, Guid? TypeId, Guid? OfficerId, string? Search, int Page);

/// <summary>One row of the queue: the application's facts staff need, never the applicant's ID or contact.</summary>
public sealed record QueueRow(string Number, string TypeCode, string TypeNameTh, string TypeNameEn, string BusinessName, string ApplicantName,
    ApplicationStatus Status, string? OfficerName, DateOnly? DueOn, DateTime SubmittedAt, TimeLeft TimeLeft);

/// <summary>
/// The work still to do on applications: undecided ones and approved ones waiting for their fee, the soonest due
/// first (those whose clock is stopped or done come after, oldest first), each with its time left.
/// </summary>
public static class PermitQueue
{
    public const int PageSize = 50;

    /// <summary>The statuses the queue shows.</summary>
    public static readonly ApplicationStatus[] Statuses =
        [ApplicationStatus.Submitted, ApplicationStatus.AwaitingDocuments, ApplicationStatus.InReview, ApplicationStatus.Approved];

    public static async Task<(IReadOnlyList<QueueRow> Rows, int Total)> ListAsync(LocalGovDbContext db, QueueFilter filter, DateOnly today,
        CancellationToken cancellationToken)
    {
        var query = db.Set<PermitApplication>().AsNoTracking().Where(a => Statuses.Contains(a.Status));
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (filter.TypeId is { } typeId)
        {
            query = query.Where(a => a.PermitTypeId == typeId);
        }
        if (filter.OfficerId is { } officerId)
        {
            query = query.Where(a => a.OfficerId == officerId);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var number = text.ToUpperInvariant();
            query = query.Where(a => a.Number.Contains(number) || a.BusinessName.Contains(text));
        }
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(a => a.DueOn == null).ThenBy(a => a.DueOn).ThenBy(a => a.SubmittedAt)
            .Skip((Math.Max(filter.Page, 1) - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Number, a.PermitTypeId, a.BusinessName, a.ApplicantName, a.Status, a.OfficerName, a.DueOn, a.SubmittedAt })
            .ToListAsync(cancellationToken);
        var typeIds = page.Select(a => a.PermitTypeId).Distinct().ToList();
        var types = await db.Set<PermitType>().AsNoTracking().Where(t => typeIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Code, t.NameTh, t.NameEn, t.DecisionDays }).ToDictionaryAsync(t => t.Id, cancellationToken);
        var rows = page.Select(a =>
        {
            var type = types[a.PermitTypeId];
            return new QueueRow(a.Number, type.Code, type.NameTh, type.NameEn, a.BusinessName, a.ApplicantName, a.Status, a.OfficerName, a.DueOn,
                a.SubmittedAt, TimeLeft.Of(a.Status, a.DueOn, type.DecisionDays, today));
        }).ToList();
        return (rows, total);
    }
}
