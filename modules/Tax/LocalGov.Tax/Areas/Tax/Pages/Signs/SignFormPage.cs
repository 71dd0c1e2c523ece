using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tax.Areas.Tax.Pages.Signs;

/// <summary>What the pages that take a sign's details share: the posted fields and their checks.</summary>
public abstract class SignFormPage(TimeProvider clock) : TaxPage
{
    public const string Prefix = "Sign.";

    [BindProperty]
    public SignForm Sign { get; set; } = new();

    public DateOnly Today => BangkokTime.Today(clock);

    /// <summary>Checks the posted sign; every problem goes on its field. True when there is none.</summary>
    protected bool Check()
    {
        var errors = Sign.Details.Validate(Today, Prefix);
        AddErrors(errors);
        return errors.Count == 0;
    }

    /// <summary>A sign's photo for staff: only the current LAO's (the query filter), only with this page's permission.</summary>
    protected async Task<IActionResult> PhotoAsync(LocalGovDbContext db, Guid signId, CancellationToken cancellationToken)
    {
        var photo = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            db.Set<SignPhoto>(), p => p.SignId == signId, cancellationToken);
        return photo is null ? NotFound() : File(photo.Content, photo.ContentType);
    }
}
