using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Signs;

/// <summary>Registers a sign for a taxpayer (by taxpayer number), with an optional photo checked by its bytes.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Assess)]
public sealed class NewModel(LocalGovDbContext db, SignTaxes signs, TimeProvider clock) : SignFormPage(clock)
{
    [BindProperty]
    public string? PayerCode { get; set; }

    [BindProperty]
    public IFormFile? Photo { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var ok = Check();
        var code = PayerCode?.Trim().ToUpperInvariant() ?? "";
        var payer = code.Length == 0 ? null : await db.Set<TaxPayer>().AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (payer is null)
        {
            Error("ไม่พบเลขผู้เสียภาษีนี้ในทะเบียน", "No taxpayer with this number is on the register.", nameof(PayerCode));
            ok = false;
        }
        (byte[]? Bytes, string? ContentType, LocalGov.Platform.Web.FieldError? Error) photo = (null, null, null);
        if (Photo is { Length: > 0 })
        {
            await using var stream = Photo.OpenReadStream();
            photo = await SignPhotos.ReadAsync(stream, Photo.Length, nameof(Photo), cancellationToken);
            if (photo.Error is { } error)
            {
                AddErrors([error]);
                ok = false;
            }
        }
        if (!ok)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Sign? sign = null;
        if (await TryAsync(db, async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            sign = await signs.RegisterAsync(payer!.Id, Sign.Details, cancellationToken);
            if (photo.Bytes is { } bytes)
            {
                db.Add(SignPhotos.Create(sign, Photo!.FileName, photo.ContentType!, bytes));
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }))
        {
            return Redirect($"{Request.PathBase}/staff/tax/signs/{sign!.Number}");
        }
        return Page();
    }
}
