using LocalGov.Permits.Applying;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Staff;

/// <summary>
/// The printable slip handed to the person at the counter: the application's number, the day it was received, the
/// decision's due date, the documents received, and honestly, the required ones not received.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.Intake)]
public sealed class ReceiptModel(LocalGovDbContext db, PermitFiling filing, ICurrentTenant currentTenant) : PermitsPage
{
    public PermitApplication Application { get; private set; } = null!;
    public PermitType Type { get; private set; } = null!;
    public IReadOnlyList<DocumentInfo> Documents { get; private set; } = [];
    public IReadOnlyList<RequiredDocument> NotAttached { get; private set; } = [];
    public string Lao => currentTenant.Tenant is { } t ? T(t.Name.Th, t.Name.En) : "";

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        var application = await db.Set<PermitApplication>().AsNoTracking().SingleOrDefaultAsync(a => a.Number == number, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }
        Application = application;
        Type = await db.Set<PermitType>().AsNoTracking().SingleAsync(t => t.Id == application.PermitTypeId, cancellationToken);
        Documents = await filing.DocumentsAsync(application.Id, cancellationToken);
        NotAttached = [.. Type.Documents.Where(d => d.Required && Documents.All(x => x.DocumentCode != d.Code))];
        return Page();
    }

    public string DocumentName(string code) =>
        Type.Documents.FirstOrDefault(d => d.Code == code) is { } d ? T(d.NameTh, d.NameEn) : T("เอกสารอื่น", "Other document");
}
