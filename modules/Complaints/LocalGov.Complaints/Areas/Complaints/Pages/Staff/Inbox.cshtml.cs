using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Pages;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Staff;

/// <summary>
/// The officer's inbox: the LAO's complaints, soonest due first, overdue ones marked; filtered by view (open,
/// mine, overdue, unassigned, closed, all), category and department. Confidential complaints only for those who
/// hold Complaints.Confidential.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + ComplaintsPermissions.Work)]
public sealed class InboxModel(LocalGovDbContext db, IPermissionChecker permissions, TimeProvider clock) : ComplaintsPage
{
    public const int PageSize = 50;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public string View { get; private set; } = "open";
    public string? CategoryCode { get; private set; }
    public string? Department { get; private set; }
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public DateTime Now { get; private set; }

    public sealed record Row(Complaint Complaint, string Category, bool Overdue);

    /// <summary>A confidential complaint just filed by someone who may not open it: say it was filed.</summary>
    public string? Filed { get; private set; }

    public async Task OnGetAsync(string? view, string? category, string? department, int? p, string? filed, CancellationToken cancellationToken)
    {
        Filed = filed is { Length: <= 30 } ? filed : null;
        View = view is "mine" or "overdue" or "unassigned" or "closed" or "all" ? view : "open";
        CategoryCode = string.IsNullOrWhiteSpace(category) ? null : category;
        Department = string.IsNullOrWhiteSpace(department) ? null : department;
        PageNumber = Math.Clamp(p ?? 1, 1, 100_000);
        Now = clock.GetUtcNow().UtcDateTime;
        Categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        Departments = [.. Categories.Select(c => c.Department).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

        var query = db.Set<Complaint>().AsNoTracking().Where(c => c.Status != ComplaintStatus.PendingConfirmation);
        if (!await permissions.IsGrantedAsync(User, ComplaintsPermissions.Confidential, cancellationToken))
        {
            query = query.Where(c => !c.Confidential);
        }
        var open = ComplaintStatusText.Open;
        var me = Guid.TryParse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : Guid.Empty;
        query = View switch
        {
            "mine" => query.Where(c => open.Contains(c.Status) && c.OfficerId == me),
            "overdue" => query.Where(c => open.Contains(c.Status) && c.DueAt < Now),
            "unassigned" => query.Where(c => (c.Status == ComplaintStatus.Filed || c.Status == ComplaintStatus.Reopened) && c.OfficerId == null),
            "closed" => query.Where(c => !open.Contains(c.Status)),
            "all" => query,
            _ => query.Where(c => open.Contains(c.Status)),
        };
        if (CategoryCode is not null && Categories.FirstOrDefault(c => c.Code == CategoryCode) is { } chosen)
        {
            query = query.Where(c => c.CategoryId == chosen.Id);
        }
        if (Department is not null)
        {
            query = query.Where(c => c.Department == Department);
        }
        Total = await query.CountAsync(cancellationToken);
        var ordered = View is "closed" or "all" ? query.OrderByDescending(c => c.FiledAt) : query.OrderBy(c => c.DueAt).ThenBy(c => c.FiledAt);
        var page = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var names = Categories.ToDictionary(c => c.Id, Name);
        Rows = [.. page.Select(c => new Row(c, names.GetValueOrDefault(c.CategoryId, "?"), c.IsOverdue(Now)))];
    }

    public string Link(string view, int page = 1) =>
        $"?view={view}&category={Uri.EscapeDataString(CategoryCode ?? "")}&department={Uri.EscapeDataString(Department ?? "")}&p={page}";
}
