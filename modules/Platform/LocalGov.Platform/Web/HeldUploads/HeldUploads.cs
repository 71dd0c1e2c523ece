using System.Security.Cryptography;
using System.Text;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Web.HeldUploads;

/// <summary>A held file as a form shows it again: the token goes back in a hidden field named <see cref="HeldUploads.FormField"/>.</summary>
public sealed record HeldFile(string Token, string Field, string FileName, string ContentType, byte[] Data);

/// <summary>
/// Files survive a refused submission: a page that refuses a form after reading its files holds the ones that passed
/// their checks (<see cref="HoldAsync"/>), renders their tokens as hidden fields and names them beside their inputs;
/// the next submission finds them again (<see cref="FindAsync"/>) and, once saved, releases them. The same mechanism
/// for every module's forms (complaint photos, permit documents), so a person never has to attach a file twice.
/// </summary>
public sealed class HeldUploads(LocalGovDbContext db, ICurrentTenant currentTenant, TimeProvider clock)
{
    /// <summary>The hidden form field carrying the tokens of held files.</summary>
    public const string FormField = "__held";

    /// <summary>How long a held file waits for its form to come back.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    /// <summary>At most this many tokens are read from one submission (a form holds a few files, never more).</summary>
    public const int MaxPerForm = 20;

    private Guid TenantId => currentTenant.Id ?? Guid.Empty;

    /// <summary>
    /// Holds checked files for the form's next submission. Call it after the refusal, when nothing of the form is
    /// to be saved: it clears the unit of work and saves only the held files. Files held longer than
    /// <see cref="Lifetime"/> (anyone's) are deleted on the way.
    /// </summary>
    public async Task<IReadOnlyList<HeldFile>> HoldAsync(IEnumerable<(string Field, string FileName, string ContentType, byte[] Data)> files,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<HeldUpload>().IgnoreQueryFilters().Where(h => h.HeldAt < now - Lifetime).ExecuteDeleteAsync(cancellationToken);
        var held = new List<HeldFile>();
        foreach (var (field, fileName, contentType, data) in files)
        {
            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            db.Add(new HeldUpload(TenantId, Hash(token), field, fileName.Length > 255 ? fileName[..255] : fileName, contentType, data, now));
            held.Add(new HeldFile(token, field, fileName, contentType, data));
        }
        if (held.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return held;
    }

    /// <summary>The files held under the tokens a form sent back; unknown, expired or another LAO's tokens find nothing.</summary>
    public async Task<IReadOnlyList<HeldFile>> FindAsync(IEnumerable<string?> tokens, CancellationToken cancellationToken)
    {
        var byHash = tokens.Where(t => t is { Length: 32 } && t.All(char.IsAsciiHexDigitLower)).Distinct(StringComparer.Ordinal)
            .Take(MaxPerForm).ToDictionary(t => Hash(t!), t => t!, StringComparer.Ordinal);
        if (byHash.Count == 0)
        {
            return [];
        }
        var hashes = byHash.Keys.ToList();
        var since = clock.GetUtcNow().UtcDateTime - Lifetime;
        var tenantId = TenantId;
        var rows = await db.Set<HeldUpload>().IgnoreQueryFilters().AsNoTracking()
            .Where(h => h.TenantId == tenantId && hashes.Contains(h.TokenHash) && h.HeldAt >= since)
            .OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(h => new HeldFile(byHash[h.TokenHash], h.Field, h.FileName, h.ContentType, h.Data))];
    }

    /// <summary>Forgets held files: their form was saved (or holds them again under new tokens).</summary>
    public async Task ReleaseAsync(IEnumerable<HeldFile> files, CancellationToken cancellationToken)
    {
        var hashes = files.Select(f => Hash(f.Token)).ToList();
        if (hashes.Count > 0)
        {
            var tenantId = TenantId;
            await db.Set<HeldUpload>().IgnoreQueryFilters().Where(h => h.TenantId == tenantId && hashes.Contains(h.TokenHash))
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
