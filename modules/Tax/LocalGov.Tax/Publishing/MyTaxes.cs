using LocalGov.Platform.Data;
using LocalGov.Platform.Features;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signs;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Publishing;

/// <summary>A property of "my taxes": what and where, its uses, the owner's share and its value in the latest assessment.</summary>
public sealed record MyProperty(string Code, PropertyKind Kind, string Location, IReadOnlyList<UsePart> Uses, decimal SharePercent, decimal? Value, int? ValueYear);

/// <summary>A sign of "my taxes".</summary>
public sealed record MySign(string Number, string Place, int Type, bool Moving, int WidthCm, int HeightCm, DateOnly InstalledOn, DateOnly? RemovedOn);

/// <summary>An assessment of "my taxes" with its page (null when the LAO no longer serves it).</summary>
public sealed record MyAssessment(string Number, int Year, TaxKind Kind, decimal Total, decimal Paid, decimal Outstanding, DateOnly DueDate,
    AssessmentStatus Status, string? Url);

/// <summary>One taxpayer record of the resident in one LAO, with what it owns and owes.</summary>
public sealed record MyTaxRecord(LocalizedText Lao, string? LaoUrl, string Code, string Name, string IdMasked, PayerKind Kind,
    IReadOnlyList<MyProperty> Properties, IReadOnlyList<MySign> Signs, IReadOnlyList<MyAssessment> Assessments);

/// <summary>
/// A signed-in resident's taxpayer records from every LAO (those their account proved with a notice): properties,
/// signs and assessments. Reads across tenants on purpose — the tenant filter is switched off — and only payers
/// whose <see cref="TaxPayer.UserId"/> is this account.
/// </summary>
public sealed class MyTaxes(LocalGovDbContext db, ITenantStore tenants, IFeatureChecker features, PublicUrls urls)
{
    public const int Limit = 200;
    public const string FeatureName = "Modules.Tax";

    public async Task<IReadOnlyList<MyTaxRecord>> ForAsync(Guid userId, CancellationToken cancellationToken)
    {
        var payers = await db.Set<TaxPayer>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(p => p.UserId == userId).OrderBy(p => p.Code).Take(Limit)
            .Select(p => new { p.Id, p.TenantId, p.Code, p.Name, p.IdMasked, p.Kind })
            .ToListAsync(cancellationToken);
        var payerIds = payers.Select(p => p.Id).ToList();
        var shares = await db.Set<PropertyOwner>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(o => payerIds.Contains(o.PayerId)).ToListAsync(cancellationToken);
        var propertyIds = shares.Select(s => s.PropertyId).Distinct().ToList();
        var properties = await db.Set<TaxProperty>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(p => propertyIds.Contains(p.Id) && p.Active).ToDictionaryAsync(p => p.Id, cancellationToken);
        var signs = await db.Set<Sign>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(s => payerIds.Contains(s.PayerId)).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        var assessments = await db.Set<TaxAssessment>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(a => payerIds.Contains(a.PayerId)).OrderByDescending(a => a.Year).ThenBy(a => a.Number).Take(Limit)
            .ToListAsync(cancellationToken);

        var records = new List<MyTaxRecord>(payers.Count);
        foreach (var payer in payers)
        {
            var tenant = await tenants.FindByIdAsync(payer.TenantId, cancellationToken);
            if (tenant is null)
            {
                continue;
            }
            var reachable = tenant.IsActive && await features.IsEnabledAsync(tenant.Id, FeatureName, cancellationToken);
            var laoUrl = reachable ? urls.LinkTo(tenant) : null;
            var mine = assessments.Where(a => a.PayerId == payer.Id).ToList();
            // the value of a property is the one on its latest land-and-building notice
            var latest = mine.Where(a => a.Kind == TaxKind.LandBuilding).MaxBy(a => a.Year);
            var myProperties = shares.Where(s => s.PayerId == payer.Id && properties.ContainsKey(s.PropertyId))
                .Select(s => properties[s.PropertyId]).OrderBy(p => p.Code, StringComparer.Ordinal)
                .Select(p =>
                {
                    var assessed = latest?.Breakdown.Properties.FirstOrDefault(x => x.Code == p.Code);
                    return new MyProperty(p.Code, p.Kind, p.Location, p.Uses, shares.First(s => s.PayerId == payer.Id && s.PropertyId == p.Id).SharePercent,
                        assessed?.Value, assessed is null ? null : latest!.Year);
                }).ToList();
            records.Add(new MyTaxRecord(tenant.Name, laoUrl, payer.Code, payer.Name, payer.IdMasked, payer.Kind, myProperties,
                [.. signs.Where(s => s.PayerId == payer.Id).Select(s => new MySign(s.Number, s.Place, s.Type, s.Moving, s.WidthCm, s.HeightCm, s.InstalledOn, s.RemovedOn))],
                [.. mine.Select(a => new MyAssessment(a.Number, a.Year, a.Kind, a.Total, a.Paid, a.Outstanding, a.DueDate, a.Status,
                    laoUrl is null ? null : $"{laoUrl}/tax/my/{a.Number}"))]));
        }
        return records;
    }
}
