using LocalGov.Platform.Data;
using LocalGov.Tax.LandBuilding;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Assessment;

/// <summary>What one owner holds in the LAO: each active property with the owner's share of it.</summary>
public sealed record OwnerHolding(TaxProperty Property, PropertyOwner Share);

/// <summary>An owner's land-and-building tax for a year and the breakdown printed on the notice.</summary>
public sealed record OwnerTax(LandBuildingTax Tax, AssessmentBreakdown Breakdown, decimal Value);

/// <summary>
/// Reads owners' holdings and computes their land-and-building tax. A main-home use counts as a main home only for
/// an individual owner who was in the building's house register on 1 January; otherwise it is other residential.
/// Co-owners are each assessed on their share of the value.
/// </summary>
public static class LandBuildingRoll
{
    public static async Task<Dictionary<Guid, List<OwnerHolding>>> HoldingsAsync(LocalGovDbContext db, IReadOnlyCollection<Guid> payerIds,
        CancellationToken cancellationToken) =>
        Group(await Rows(db, db.Set<TaxPayer>().Where(p => payerIds.Contains(p.Id))).ToListAsync(cancellationToken)).Holdings;

    /// <summary>
    /// The owners with taxpayer numbers from <paramref name="first"/> to <paramref name="last"/> who hold an active
    /// property, in number order, with their holdings: a run's batch, read in one query that both databases answer
    /// from the (tenant, number) and (tenant, owner) indexes.
    /// </summary>
    public static async Task<(List<TaxPayer> Payers, Dictionary<Guid, List<OwnerHolding>> Holdings)> RangeAsync(LocalGovDbContext db,
        string first, string last, CancellationToken cancellationToken) =>
        Group(await Rows(db, db.Set<TaxPayer>().Where(p => string.Compare(p.Code, first) >= 0 && string.Compare(p.Code, last) <= 0))
            .ToListAsync(cancellationToken));

    private sealed record HoldingRow(TaxPayer Payer, PropertyOwner Share, TaxProperty Property);

    private static IQueryable<HoldingRow> Rows(LocalGovDbContext db, IQueryable<TaxPayer> payers) =>
        from payer in payers.AsNoTracking()
        join share in db.Set<PropertyOwner>().AsNoTracking() on payer.Id equals share.PayerId
        join property in db.Set<TaxProperty>().AsNoTracking() on share.PropertyId equals property.Id
        where property.Active
        select new HoldingRow(payer, share, property);

    private static (List<TaxPayer> Payers, Dictionary<Guid, List<OwnerHolding>> Holdings) Group(List<HoldingRow> rows)
    {
        var payers = new List<TaxPayer>();
        var holdings = new Dictionary<Guid, List<OwnerHolding>>();
        foreach (var row in rows)
        {
            if (!holdings.TryGetValue(row.Payer.Id, out var list))
            {
                holdings[row.Payer.Id] = list = [];
                payers.Add(row.Payer);
            }
            list.Add(new OwnerHolding(row.Property, row.Share));
        }
        foreach (var list in holdings.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Property.Code, b.Property.Code));
        }
        payers.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return (payers, holdings);
    }

    public static async Task<PriceBook> PricesAsync(LocalGovDbContext db, CancellationToken cancellationToken) =>
        new(await db.Set<AppraisalPrice>().AsNoTracking().ToListAsync(cancellationToken));

    public static OwnerTax Compute(TaxPayer payer, IReadOnlyList<OwnerHolding> holdings, PriceBook prices, ScheduleRates rates, int year)
    {
        var values = new List<UseValue>();
        var properties = new List<AssessedProperty>(holdings.Count);
        foreach (var holding in holdings)
        {
            var valued = PropertyValuation.Value(holding.Property, prices, rates, year);
            var share = holding.Share.SharePercent / 100m;
            var parts = new List<PartValue>(valued.Parts.Count);
            foreach (var part in valued.Parts)
            {
                var use = part.Use;
                if (use is LandUse.MainHome or LandUse.MainHomeHouseOnly && (!payer.IsIndividual || !holding.Share.InHouseRegister))
                {
                    use = LandUse.ResidentialOther;
                }
                var value = LandBuildingCalculator.Round(part.Value * share);
                parts.Add(part with { Use = use, Value = value });
                values.Add(new UseValue(use, value, part.YearsVacant));
            }
            properties.Add(new AssessedProperty(valued.Code, valued.Kind, valued.Location, valued.Area, valued.UnitPrice, valued.GrossValue,
                valued.DepreciationPercent, valued.Value, holding.Share.SharePercent, parts));
        }
        var tax = LandBuildingCalculator.Calculate(year, rates, payer.IsIndividual, values);
        var breakdown = new AssessmentBreakdown
        {
            Properties = properties,
            Categories = [.. tax.Categories],
            Gross = tax.Gross,
            ReliefPercent = tax.ReliefPercent,
            Relief = tax.Relief,
        };
        return new OwnerTax(tax, breakdown, tax.Value);
    }

    /// <summary>
    /// Bill lines, one per category, each net of the year's relief; rounding differences go to the largest line, so
    /// the lines add up to the tax exactly.
    /// </summary>
    public static List<TaxBillLine> Lines(LandBuildingTax tax)
    {
        var lines = tax.Categories.Where(c => c.Tax > 0)
            .Select(c => new TaxBillLine(c.Use.Head(), LandBuildingCalculator.Round(c.Tax * (100m - tax.ReliefPercent) / 100m)))
            .GroupBy(l => l.Head).Select(g => new TaxBillLine(g.Key, g.Sum(l => l.Amount)))
            .ToList();
        var gap = tax.Tax - lines.Sum(l => l.Amount);
        if (gap != 0 && lines.Count > 0)
        {
            var largest = lines.IndexOf(lines.MaxBy(l => l.Amount)!);
            lines[largest] = lines[largest] with { Amount = lines[largest].Amount + gap };
        }
        return [.. lines.Where(l => l.Amount > 0)];
    }
}
