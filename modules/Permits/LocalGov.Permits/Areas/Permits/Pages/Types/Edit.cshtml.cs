using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.PermitTypes.Editing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Types;

/// <summary>Adds a permit type, or edits every field of one (its code stays: it is in every link); lists as one item per line.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.ManageTypes)]
public sealed class EditModel(LocalGovDbContext db) : PermitsPage
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public PermitTypeForm Input { get; set; } = new();

    public bool IsNew => Code is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Code is null)
        {
            return Page();
        }
        var type = await db.Set<PermitType>().AsNoTracking().SingleOrDefaultAsync(t => t.Code == Code, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }
        Input = PermitTypeForm.From(type);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            Error("ค่าที่เลือกในแบบฟอร์มไม่ถูกต้อง กรุณาเลือกใหม่", "A choice on the form is not valid; choose again.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        IReadOnlyList<LocalGov.Platform.Web.FieldError> errors = [];
        if (await TryAsync(db, async () => errors = await new PermitTypeEditor(db).SaveAsync(Code, Input, cancellationToken)) && errors.Count == 0)
        {
            return LocalRedirect($"{Request.PathBase}/staff/permits/types");
        }
        if (errors.Count > 0)
        {
            AddErrors(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        if (Code is not null && Response.StatusCode != StatusCodes.Status404NotFound)
        {
            Input.Code = Code;
        }
        return Page();
    }
}
