using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Signs;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Registry;

/// <summary>A payer found on the register, with how much they hold.</summary>
public sealed record PayerHit(string Code, string Name, PayerKind Kind, string IdMasked, int Properties, int Signs, int Assessments);

/// <summary>
/// Finds payers for the register page by name, payer code, the full ID (by its keyed hash, never decrypting), the
/// last four digits of a juristic tax ID (a person's ID is stored masked, so only its full number finds them),
/// property code or deed number.
/// </summary>
public sealed class RegistrySearch(LocalGovDbContext db, IPersonalDataVault vault)
{
    public const int MaxResults = 100;

    public async Task<IReadOnlyList<PayerHit>> FindAsync(string? query, CancellationToken cancellationToken)
    {
        var payers = db.Set<TaxPayer>().AsNoTracking();
        var text = query?.Trim() ?? "";
        if (text.Length > 0)
        {
            var upper = text.ToUpperInvariant();
            var digits = new string([.. text.Where(char.IsAsciiDigit)]);
            var byProperty = db.Set<TaxProperty>().Where(p => p.Code == upper || p.DeedNumber == text).Select(p => p.Id);
            var owners = db.Set<PropertyOwner>().Where(o => byProperty.Contains(o.PropertyId)).Select(o => o.PayerId);
            var hash = digits.Length == 13 && (ThaiNationalId.Check(digits).IsValid || ThaiTaxId.Check(digits).IsValid) ? vault.Hash(digits) : null;
            // a tax ID shows grouped 0-1055-56123-45-6: its last four digits end it as "3-45-6"
            var last4 = digits.Length == 4 && digits.Length == text.Length ? $"{digits[0]}-{digits[1..3]}-{digits[3]}" : null;
            payers = payers.Where(p => p.Name.Contains(text) || p.Code == upper || owners.Contains(p.Id) || (hash != null && p.IdHash == hash)
                || (last4 != null && p.Kind == PayerKind.Juristic && p.IdMasked.EndsWith(last4)));
        }
        return await payers.OrderBy(p => p.Name).Take(MaxResults)
            .Select(p => new PayerHit(p.Code, p.Name, p.Kind, p.IdMasked,
                db.Set<PropertyOwner>().Count(o => o.PayerId == p.Id),
                db.Set<Sign>().Count(s => s.PayerId == p.Id && s.RemovedOn == null),
                db.Set<TaxAssessment>().Count(a => a.PayerId == p.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<(int Payers, int Properties)> CountsAsync(CancellationToken cancellationToken) =>
        (await db.Set<TaxPayer>().CountAsync(cancellationToken), await db.Set<TaxProperty>().CountAsync(p => p.Active, cancellationToken));
}
