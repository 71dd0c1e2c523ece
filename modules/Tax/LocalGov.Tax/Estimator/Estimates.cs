using LocalGov.Platform.Localization;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.LandBuilding;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Signboard;

namespace LocalGov.Tax.Estimator;

/// <summary>A land-and-building estimate: the tax and how it was reached, in the shape the public API answers.</summary>
public sealed record LandBuildingEstimate(int TaxYear, string Use, decimal Value, bool OwnerIsIndividual, int YearsVacant, decimal Exemption,
    decimal Taxable, IReadOnlyList<BandTax> Bands, decimal Gross, decimal ReliefPercent, decimal Relief, decimal Tax, string ExplanationTh, string ExplanationEn);

/// <summary>A signboard estimate: the tax and how it was reached.</summary>
public sealed record SignboardEstimate(int TaxYear, int Type, bool Moving, int WidthCm, int HeightCm, DateOnly InstalledOn, long AreaCm2, long Units,
    decimal RatePer500, decimal FullYear, bool MinimumApplied, int QuarterPercent, decimal Tax, string ExplanationTh, string ExplanationEn);

/// <summary>
/// The public estimator (รู้ภาษีก่อนได้รับแจ้ง): the same calculators as the assessment, with the LAO's own rates
/// for the year, and a plain-language explanation of each step.
/// </summary>
public sealed class Estimates(TaxRates rates, TimeProvider clock)
{
    public async Task<LandBuildingEstimate> LandBuildingAsync(int taxYear, LandUse use, decimal value, bool ownerIsIndividual, int yearsVacant,
        CancellationToken cancellationToken)
    {
        CheckYear(taxYear);
        if (value < 0 || value > LandBuildingCalculator.MaxValue)
        {
            throw new BusinessRuleException(new LocalizedText("มูลค่าต้องเป็นจำนวนบาทตั้งแต่ 0 ขึ้นไป", "The value must be a number of baht, 0 or more."), "value");
        }
        if (yearsVacant is < 0 or > 100 || (use != LandUse.Vacant && yearsVacant != 0))
        {
            throw new BusinessRuleException(new LocalizedText("จำนวนปีที่ทิ้งว่าง 0–100 ใช้กับที่ดินว่างเปล่าเท่านั้น", "Years vacant (0–100) apply to vacant land only."), "yearsVacant");
        }
        var schedule = await rates.ForYearAsync(taxYear, cancellationToken);
        var tax = LandBuildingCalculator.Calculate(taxYear, schedule, ownerIsIndividual, [new UseValue(use, value, yearsVacant)]);
        var category = tax.Categories.FirstOrDefault();
        var bands = category?.Bands ?? schedule.For(use)!.Bands.Select(b => new BandTax(b.From, b.To, b.RatePercent, 0, 0)).ToList();
        var (th, en) = Explain(use, value, category, tax);
        return new LandBuildingEstimate(taxYear, use.Code(), value, ownerIsIndividual, yearsVacant, category?.Exemption ?? 0, category?.Taxable ?? 0,
            bands, tax.Gross, tax.ReliefPercent, tax.Relief, tax.Tax, th, en);
    }

    public async Task<SignboardEstimate> SignboardAsync(int taxYear, int type, bool moving, int widthCm, int heightCm, DateOnly installedOn,
        CancellationToken cancellationToken)
    {
        CheckYear(taxYear);
        var schedule = await rates.ForYearAsync(taxYear, cancellationToken);
        var tax = SignboardCalculator.Calculate(taxYear, schedule, new SignMeasure(type, moving, widthCm, heightCm, installedOn));
        var th = $"ป้ายกว้าง {widthCm:N0} × สูง {heightCm:N0} ซม. = {tax.AreaCm2:N0} ตร.ซม. คิดเป็น {tax.Units:N0} หน่วย (หน่วยละ 500 ตร.ซม.) × {tax.RatePer500:N0} บาท"
            + (tax.MinimumApplied ? $" ต่ำกว่าขั้นต่ำ จึงเสีย {tax.FullYear:N2} บาทต่อปี" : $" = {tax.FullYear:N2} บาทต่อปี")
            + (tax.QuarterPercent < 100 ? $" ติดตั้งระหว่างปี เสียร้อยละ {tax.QuarterPercent} ของทั้งปี = {tax.Tax:N2} บาท" : "");
        var en = $"{widthCm:N0} × {heightCm:N0} cm = {tax.AreaCm2:N0} cm², {tax.Units:N0} units of 500 cm² × {tax.RatePer500:N0} baht"
            + (tax.MinimumApplied ? $", under the minimum, so {tax.FullYear:N2} baht a year" : $" = {tax.FullYear:N2} baht a year")
            + (tax.QuarterPercent < 100 ? $"; put up during the year, it pays {tax.QuarterPercent}% of that = {tax.Tax:N2} baht" : "");
        return new SignboardEstimate(taxYear, type, moving, widthCm, heightCm, installedOn, tax.AreaCm2, tax.Units, tax.RatePer500, tax.FullYear,
            tax.MinimumApplied, tax.QuarterPercent, tax.Tax, th, en);
    }

    private void CheckYear(int taxYear)
    {
        var current = BangkokTime.Today(clock).Year;
        if (!TaxRates.IsKnownYear(taxYear, current))
        {
            throw new BusinessRuleException(new LocalizedText(
                $"ปีภาษีต้องเป็นปี ค.ศ. {TaxRates.FirstYear}–{current + TaxRates.LastYearAhead} (พ.ศ. {TaxRates.FirstYear + 543}–{current + TaxRates.LastYearAhead + 543})",
                $"The tax year must be {TaxRates.FirstYear}–{current + TaxRates.LastYearAhead} (CE)."), "taxYear");
        }
    }

    private static (string Th, string En) Explain(LandUse use, decimal value, CategoryTax? category, LandBuildingTax tax)
    {
        if (category is null)
        {
            return ($"มูลค่า 0 บาท ไม่ต้องเสียภาษี", "A value of 0 baht owes no tax.");
        }
        var th = new List<string> { $"ทรัพย์สินประเภท{use.Name().Th} มูลค่า {value:N2} บาท" };
        var en = new List<string> { $"{use.Name().En}, worth {value:N2} baht" };
        if (category.Exemption > 0)
        {
            th.Add($"หักส่วนที่ได้รับยกเว้น {category.Exemption:N2} บาท เหลือคิดภาษี {category.Taxable:N2} บาท");
            en.Add($"less the exemption of {category.Exemption:N2} baht leaves {category.Taxable:N2} baht to tax");
        }
        foreach (var band in category.Bands.Where(b => b.Value > 0))
        {
            th.Add($"ส่วนที่ {band.From:N0}–{(band.To is { } t ? t.ToString("N0") : "ขึ้นไป")} บาท จำนวน {band.Value:N2} บาท × {band.RatePercent}% = {band.Tax:N2} บาท");
            en.Add($"the part from {band.From:N0} to {(band.To is { } t2 ? t2.ToString("N0") : "above")}: {band.Value:N2} × {band.RatePercent}% = {band.Tax:N2}");
        }
        if (tax.Relief > 0)
        {
            th.Add($"ได้รับลดภาษีร้อยละ {tax.ReliefPercent} ({tax.Relief:N2} บาท)");
            en.Add($"less the year's {tax.ReliefPercent}% relief ({tax.Relief:N2})");
        }
        th.Add($"รวมภาษีที่ต้องชำระ {tax.Tax:N2} บาท");
        en.Add($"tax to pay: {tax.Tax:N2} baht");
        return (string.Join(" ", th), string.Join("; ", en) + ".");
    }
}
