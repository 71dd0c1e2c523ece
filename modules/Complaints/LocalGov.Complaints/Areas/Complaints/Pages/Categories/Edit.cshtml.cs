using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Pages;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Categories;

/// <summary>Adds a category, or edits one (its code stays: outside apps file by it). Extra questions in a table.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + ComplaintsPermissions.ManageCategories)]
public sealed class EditModel(LocalGovDbContext db, CategoryEditor editor) : ComplaintsPage
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public CategoryForm Input { get; set; } = new();

    public bool IsNew => Code is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Code is null)
        {
            Input.Attributes.Add(new AttributeForm());
            return Page();
        }
        var c = await db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(x => x.Code == Code, cancellationToken);
        if (c is null)
        {
            return NotFound();
        }
        Input = new CategoryForm
        {
            Code = c.Code, NameTh = c.NameTh, NameEn = c.NameEn, DescriptionTh = c.DescriptionTh, DescriptionEn = c.DescriptionEn,
            Department = c.Department, SlaHours = c.SlaHours, Confidential = c.Confidential, DuplicateRadiusMeters = c.DuplicateRadiusMeters,
            Keywords = c.Keywords, Group = c.Group, Active = c.Active, SortOrder = c.SortOrder, Stamp = c.ConcurrencyStamp,
            Attributes = [.. c.Attributes.OrderBy(a => a.Order).Select(a => new AttributeForm
            {
                Code = a.Code, Datatype = a.Datatype, Required = a.Required, DescriptionTh = a.DescriptionTh, DescriptionEn = a.DescriptionEn, Values = a.Values,
            }), new AttributeForm()],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(db, () => editor.SaveAsync(Code, Input, cancellationToken)))
        {
            return LocalRedirect($"{Request.PathBase}/staff/complaints/categories");
        }
        if (Input.Attributes.All(a => !string.IsNullOrWhiteSpace(a.Code)))
        {
            Input.Attributes.Add(new AttributeForm());
        }
        return Page();
    }
}
