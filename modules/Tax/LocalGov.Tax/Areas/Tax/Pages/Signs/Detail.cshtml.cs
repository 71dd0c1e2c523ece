using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Signs;

/// <summary>One sign: its owner, details and photo, and correcting its size or type (a stale form is a 409).</summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Assess)]
public sealed class DetailModel(LocalGovDbContext db, TimeProvider clock) : SignFormPage(clock)
{
    public Sign Current { get; private set; } = null!;
    public TaxPayer Payer { get; private set; } = null!;

    [BindProperty]
    public string? Stamp { get; set; }

    [BindProperty]
    public IFormFile? Photo { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }
        Sign = SignForm.From(Current);
        Stamp = Current.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnGetPhotoAsync(string number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) ? await PhotoAsync(db, Current.Id, cancellationToken) : NotFound();

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }
        var ok = Check();
        (byte[]? Bytes, string? ContentType, FieldError? Error) photo = (null, null, null);
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
        if (await TryAsync(db, async () =>
        {
            var sign = await db.Set<Sign>().SingleAsync(s => s.Id == Current.Id, cancellationToken);
            if (!string.IsNullOrEmpty(Stamp))
            {
                db.Entry(sign).Property(s => s.ConcurrencyStamp).OriginalValue = Stamp;
            }
            SignTaxes.Apply(sign, Sign.Details);
            sign.ConcurrencyStamp = Guid.NewGuid().ToString("N");
            if (photo.Bytes is { } bytes)
            {
                db.RemoveRange(await db.Set<SignPhoto>().Where(p => p.SignId == sign.Id).ToListAsync(cancellationToken));
                db.Add(SignPhotos.Create(sign, Photo!.FileName, photo.ContentType!, bytes));
            }
            await db.SaveChangesAsync(cancellationToken);
        }))
        {
            return Redirect($"{Request.PathBase}/staff/tax/signs/{number}");
        }
        await LoadAsync(number, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken cancellationToken)
    {
        var sign = await db.Set<Sign>().AsNoTracking().SingleOrDefaultAsync(s => s.Number == number, cancellationToken);
        if (sign is null)
        {
            return false;
        }
        Current = sign;
        Payer = await db.Set<TaxPayer>().AsNoTracking().SingleAsync(p => p.Id == sign.PayerId, cancellationToken);
        return true;
    }
}
