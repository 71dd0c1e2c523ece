using LocalGov.Platform.Data;
using LocalGov.Tax.LandBuilding;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Assessment;

/// <summary>What one owner holds in the LAO: an active property with the owner's share of it (percent) and whether they were in its house register on 1 January.</summary>
public sealed record OwnerHolding(IValuableProperty Property, decimal SharePercent, bool InHouseRegister);

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
    public static async Task<(List<ITaxpayer> Payers, Dictionary<Guid, List<OwnerHolding>> Holdings)> RangeAsync(LocalGovDbContext db,
        string first, string last, CancellationToken cancellationToken) =>
        Group(await Rows(db, db.Set<TaxPayer>().Where(p => string.Compare(p.Code, first) >= 0 && string.Compare(p.Code, last) <= 0))
            .ToListAsync(cancellationToken));

    /// <summary>
    /// One owner's share of one property, only the columns the tax is computed, billed and mailed from: a run reads
    /// a hundred thousand of these, and whole entities (owner, share and property, every column) cost it twice the time.
    /// </summary>
    private sealed record HoldingRow(Guid PayerId, string PayerCode, PayerKind PayerKind, string PayerName, string? Email, Guid? UserId, string IdHash, string ClaimCode,
        decimal SharePercent, bool InHouseRegister, Guid PropertyId, string PropertyCode, PropertyKind PropertyKind, string Location,
        decimal? AreaSquareWa, decimal? FloorAreaM2, string? PriceCode, string? Material, int? YearBuilt, List<UsePart> Uses);

    private sealed record RollPayer(Guid Id, string Code, PayerKind Kind, string Name, string? Email, Guid? UserId, string IdHash, string ClaimCode) : ITaxpayer;

    private sealed record RollProperty(Guid Id, string Code, PropertyKind Kind, string Location, decimal Area, string? PriceCode, string? Material,
        int? YearBuilt, IReadOnlyList<UsePart> Uses) : IValuableProperty;

    private static IQueryable<HoldingRow> Rows(LocalGovDbContext db, IQueryable<TaxPayer> payers) =>
        from payer in payers
        join share in db.Set<PropertyOwner>() on payer.Id equals share.PayerId
        join property in db.Set<TaxProperty>() on share.PropertyId equals property.Id
        where property.Active
        select new HoldingRow(payer.Id, payer.Code, payer.Kind, payer.Name, payer.Email, payer.UserId, payer.IdHash, payer.ClaimCode,
            share.SharePercent, share.InHouseRegister, property.Id, property.Code, property.Kind, property.Location,
            property.AreaSquareWa, property.FloorAreaM2, property.PriceCode, property.Material, property.YearBuilt, property.Uses);

    private static (List<ITaxpayer> Payers, Dictionary<Guid, List<OwnerHolding>> Holdings) Group(List<HoldingRow> rows)
    {
        var payers = new List<ITaxpayer>();
        var holdings = new Dictionary<Guid, List<OwnerHolding>>();
        foreach (var row in rows)
        {
            if (!holdings.TryGetValue(row.PayerId, out var list))
            {
                holdings[row.PayerId] = list = [];
                payers.Add(new RollPayer(row.PayerId, row.PayerCode, row.PayerKind, row.PayerName, row.Email, row.UserId, row.IdHash, row.ClaimCode));
            }
            var property = new RollProperty(row.PropertyId, row.PropertyCode, row.PropertyKind, row.Location,
                TaxProperty.AreaOf(row.PropertyKind, row.AreaSquareWa, row.FloorAreaM2), row.PriceCode, row.Material, row.YearBuilt, row.Uses);
            list.Add(new OwnerHolding(property, row.SharePercent, row.InHouseRegister));
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

    public static OwnerTax Compute(ITaxpayer payer, IReadOnlyList<OwnerHolding> holdings, PriceBook prices, ScheduleRates rates, int year)
    {
        var values = new List<UseValue>();
        var properties = new List<AssessedProperty>(holdings.Count);
        foreach (var holding in holdings)
        {
            var valued = PropertyValuation.Value(holding.Property, prices, rates, year);
            var share = holding.SharePercent / 100m;
            var parts = new List<PartValue>(valued.Parts.Count);
            foreach (var part in valued.Parts)
            {
                var use = part.Use;
                if (use is LandUse.MainHome or LandUse.MainHomeHouseOnly && (payer.Kind != PayerKind.Person || !holding.InHouseRegister))
                {
                    use = LandUse.ResidentialOther;
                }
                var value = LandBuildingCalculator.Round(part.Value * share);
                parts.Add(part with { Use = use, Value = value });
                values.Add(new UseValue(use, value, part.YearsVacant));
            }
            properties.Add(new AssessedProperty(valued.Code, valued.Kind, valued.Location, valued.Area, valued.UnitPrice, valued.GrossValue,
                valued.DepreciationPercent, valued.Value, holding.SharePercent, parts));
        }
        var tax = LandBuildingCalculator.Calculate(year, rates, payer.Kind == PayerKind.Person, values);
        var breakdown = new AssessmentBreakdown
        {
            Properties = properties,
            // the bands the value reached: the notice prints those (a whole schedule is on the rates page)
            Categories = [.. tax.Categories.Select(c => c.Bands.All(b => b.Value > 0) ? c : c with { Bands = [.. c.Bands.Where(b => b.Value > 0)] })],
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
