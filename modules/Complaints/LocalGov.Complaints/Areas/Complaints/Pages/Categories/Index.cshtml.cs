using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Pages;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Categories;

[Authorize(Policy = PermissionPolicies.Prefix + ComplaintsPermissions.ManageCategories)]
public sealed class IndexModel(LocalGovDbContext db) : ComplaintsPage
{
    public IReadOnlyList<Category> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
}
