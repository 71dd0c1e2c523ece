using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signs;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Publishing;

/// <summary>A photo sent with a sign, already checked: JPEG or PNG by its bytes, at most 5 MB.</summary>
public sealed record SignPhotoUpload(string FileName, string ContentType, byte[] Content);

/// <summary>A declared sign and whether it was declared after its deadline (31 March, or 15 days after a new sign went up).</summary>
public sealed record DeclaredSignDeadline(DeclaredSign Sign, DateOnly Deadline, bool Late);

/// <summary>A past declaration of the payer, with whether any sign in it was late.</summary>
public sealed record PastDeclaration(SignDeclaration Declaration, IReadOnlyList<DeclaredSignDeadline> Signs)
{
    public bool Late => Signs.Any(s => s.Late);
}

/// <summary>
/// The online signboard declaration (ภ.ป.1) of a resident linked to a payer of the current LAO: the payer's signs
/// as the owner corrects them plus new ones, each with an optional photo; the declaration, the new signs and the
/// photos are saved together or not at all.
/// </summary>
public sealed class OnlineDeclaration(LocalGovDbContext db, SignTaxes signTaxes, TaxRates taxRates, TimeProvider clock)
{
    public const int NewRows = 5;
    public const int MaxRequestBytes = 32 * 1024 * 1024;

    /// <summary>The payers of this LAO linked to the account (usually one; a person may also act for their company).</summary>
    public Task<List<TaxPayer>> PayersAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Set<TaxPayer>().AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.Code).ToListAsync(cancellationToken);

    public Task<List<Sign>> SignsAsync(Guid payerId, CancellationToken cancellationToken) =>
        db.Set<Sign>().AsNoTracking().Where(s => s.PayerId == payerId && s.RemovedOn == null).OrderBy(s => s.Number).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PastDeclaration>> PastAsync(Guid payerId, CancellationToken cancellationToken)
    {
        var declarations = await db.Set<SignDeclaration>().AsNoTracking().Where(d => d.PayerId == payerId)
            .OrderByDescending(d => d.Year).ThenByDescending(d => d.Number).Take(50).ToListAsync(cancellationToken);
        var list = new List<PastDeclaration>(declarations.Count);
        foreach (var declaration in declarations)
        {
            list.Add(await DescribeAsync(declaration, cancellationToken));
        }
        return list;
    }

    public async Task<PastDeclaration?> FindAsync(Guid payerId, string number, CancellationToken cancellationToken) =>
        await db.Set<SignDeclaration>().AsNoTracking().SingleOrDefaultAsync(d => d.PayerId == payerId && d.Number == number, cancellationToken) is { } declaration
            ? await DescribeAsync(declaration, cancellationToken)
            : null;

    private async Task<PastDeclaration> DescribeAsync(SignDeclaration declaration, CancellationToken cancellationToken)
    {
        var rates = await taxRates.ForYearAsync(declaration.Year, cancellationToken);
        return new PastDeclaration(declaration, [.. declaration.Signs.Select(s =>
        {
            var deadline = SignDeclaration.Deadline(rates.SignFilingBy, declaration.Year, s.InstalledOn);
            return new DeclaredSignDeadline(s, deadline, declaration.Channel != FilingChannel.OfficerFound && declaration.FiledOn > deadline);
        })]);
    }

    /// <summary>Files the declaration for the current year with the photos (one per entry, or null), all in one transaction.</summary>
    public async Task<SignDeclaration> DeclareAsync(TaxPayer payer, IReadOnlyList<SignEntry> entries, IReadOnlyList<SignPhotoUpload?> photos, Guid userId,
        CancellationToken cancellationToken)
    {
        if (photos.Count != entries.Count)
        {
            throw new ArgumentException("One photo slot per entry.", nameof(photos));
        }
        var year = BangkokTime.Today(clock).Year;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var declaration = await signTaxes.DeclareAsync(payer, year, entries, FilingChannel.Online, userId, cancellationToken);
        var signIds = declaration.Signs.Select(s => s.SignId).ToList();
        var signs = await db.Set<Sign>().Where(s => signIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        for (var i = 0; i < photos.Count; i++)
        {
            if (photos[i] is { } photo)
            {
                var sign = signs[declaration.Signs[i].SignId];
                var row = new SignPhoto(sign.Id, photo.FileName, photo.ContentType, photo.Content);
                db.Add(row);
                sign.PhotoId = row.Id;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return declaration;
    }

    /// <summary>Checks an uploaded photo by its bytes: JPEG or PNG, at most 5 MB; null with the problem otherwise.</summary>
    public static async Task<(SignPhotoUpload? Photo, LocalizedText? Problem)> ReadPhotoAsync(Stream content, long length, string fileName,
        CancellationToken cancellationToken)
    {
        var bytes = await UploadedFile.ReadLimitedAsync(content, length, SignPhoto.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, new LocalizedText("รูปภาพใหญ่เกิน 5 MB", "The photo is larger than 5 MB."));
        }
        var type = UploadedFile.Sniff(bytes);
        if (type is not (UploadedFile.Jpeg or UploadedFile.Png))
        {
            return (null, new LocalizedText("รูปภาพต้องเป็นไฟล์ JPEG หรือ PNG", "The photo must be a JPEG or PNG image."));
        }
        var name = Path.GetFileName(fileName);
        name = name.Length is 0 ? "sign" : name[..Math.Min(name.Length, 200)];
        var (clean, problem) = UploadedFile.Clean(bytes, type, name);
        return clean is null ? (null, problem) : (new SignPhotoUpload(name, type, clean), null);
    }
}
