using System.Globalization;
using LocalGov.Platform.Web;

namespace LocalGov.Tax.Rates;

/// <summary>
/// What no LAO may set above (Land and Building Tax Act B.E. 2562 s.37; Signboard Tax Act rates of 2021): rates by
/// use, the vacant-land cap, and the statutory exemptions and signboard rates, which a local ordinance cannot change.
/// </summary>
public static class LegalCeilings
{
    public const decimal AgriculturalPercent = 0.15m;
    public const decimal ResidentialPercent = 0.3m;
    public const decimal OtherPercent = 1.2m;
    public const decimal VacantPercent = 1.2m;
    public const decimal VacantCapPercent = 3m;
    public const decimal SignMinimum = 200m;

    public static decimal For(LandUse use) => use switch
    {
        LandUse.Agricultural => AgriculturalPercent,
        LandUse.MainHome or LandUse.MainHomeHouseOnly or LandUse.ResidentialOther => ResidentialPercent,
        LandUse.Other => OtherPercent,
        LandUse.Vacant => VacantPercent,
        _ => 0,
    };

    /// <summary>Every way <paramref name="rates"/> breaks the law or does not make sense; empty when it may be saved.</summary>
    public static IReadOnlyList<FieldError> Check(ScheduleRates rates, int year)
    {
        var errors = new List<FieldError>();
        var national = NationalSchedule.For(year);
        foreach (var use in LandUses.All)
        {
            var field = "rates." + use.Code();
            var category = rates.For(use);
            if (category is null || category.Bands.Count == 0)
            {
                errors.Add(new(field, new($"ต้องมีอัตราภาษีของ{use.Name().Th}", $"Rates for {use.Name().En} are missing.")));
                continue;
            }
            if (category.IndividualExemption != national.For(use)!.IndividualExemption)
            {
                errors.Add(new(field, new("ค่าลดหย่อนตามกฎหมายเปลี่ยนไม่ได้", "The statutory exemption cannot be changed.")));
            }
            var ceiling = For(use);
            decimal expectedFrom = 0;
            for (var i = 0; i < category.Bands.Count; i++)
            {
                var band = category.Bands[i];
                var where = $"{use.Name().Th} ช่วงที่ {i + 1}";
                var whereEn = $"{use.Name().En}, band {i + 1}";
                if (band.From != expectedFrom)
                {
                    errors.Add(new(field, new($"{where}: ต้องเริ่มที่ {expectedFrom.ToString("N0", CultureInfo.InvariantCulture)} บาท ต่อจากช่วงก่อน",
                        $"{whereEn}: must start at {expectedFrom.ToString("N0", CultureInfo.InvariantCulture)} baht, where the previous one ends.")));
                }
                if (band.To is { } to && to <= band.From)
                {
                    errors.Add(new(field, new($"{where}: มูลค่าสิ้นสุดต้องมากกว่ามูลค่าเริ่มต้น", $"{whereEn}: must end above where it starts.")));
                }
                if (band.To is null && i != category.Bands.Count - 1)
                {
                    errors.Add(new(field, new($"{where}: เฉพาะช่วงสุดท้ายที่ไม่มีมูลค่าสิ้นสุด", $"{whereEn}: only the last band may be open-ended.")));
                }
                if (band.To is not null && i == category.Bands.Count - 1)
                {
                    errors.Add(new(field, new($"{where}: ช่วงสุดท้ายต้องไม่มีมูลค่าสิ้นสุด", $"{whereEn}: the last band must be open-ended.")));
                }
                if (band.RatePercent < 0)
                {
                    errors.Add(new(field, new($"{where}: อัตราต้องไม่ติดลบ", $"{whereEn}: the rate cannot be negative.")));
                }
                else if (band.RatePercent > ceiling)
                {
                    errors.Add(new(field, new($"{where}: อัตรา {band.RatePercent}% เกินเพดานตามกฎหมาย {ceiling}%",
                        $"{whereEn}: {band.RatePercent}% is above the legal ceiling of {ceiling}%.")));
                }
                expectedFrom = band.To ?? expectedFrom;
            }
        }
        if (rates.VacantCapPercent is < 0 or > VacantCapPercent)
        {
            errors.Add(new("rates.vacantCap", new($"เพดานอัตราที่ดินว่างเปล่าต้องไม่เกิน {VacantCapPercent}%", $"The vacant-land cap cannot exceed {VacantCapPercent}%.")));
        }
        if (rates.VacantIncreasePercent is < 0 or > 0.3m)
        {
            errors.Add(new("rates.vacantIncrease", new("อัตราเพิ่มของที่ดินว่างเปล่าต้องอยู่ระหว่าง 0–0.3%", "The vacant-land increase must be 0–0.3%.")));
        }
        if (rates.ReliefPercent is < 0 or > 100)
        {
            errors.Add(new("rates.relief", new("การลดภาษีต้องอยู่ระหว่าง 0–100%", "The relief must be between 0 and 100%.")));
        }
        foreach (var rate in rates.SignRates)
        {
            var legal = national.SignRateFor(rate.Type, rate.Moving);
            if (legal is null || rate.RatePer500 < 0 || rate.RatePer500 > legal.RatePer500)
            {
                errors.Add(new("rates.signs", new($"อัตราภาษีป้ายประเภท {rate.Type} เกินอัตราตามกฎกระทรวง", $"The signboard rate for type {rate.Type} is above the ministerial rate.")));
            }
        }
        if (rates.SignMinimum is < 0 or > SignMinimum)
        {
            errors.Add(new("rates.signMinimum", new($"ภาษีป้ายขั้นต่ำต้องไม่เกิน {SignMinimum} บาท", $"The signboard minimum cannot exceed {SignMinimum} baht.")));
        }
        if (rates.PaymentDue < rates.NoticeBy)
        {
            errors.Add(new("rates.paymentDue", new("วันครบกำหนดชำระต้องไม่ก่อนวันแจ้งประเมิน", "The payment due date cannot be before the notice date.")));
        }
        if (rates.InstallmentDates.Count != 3 || rates.InstallmentDates[0] != rates.PaymentDue
            || rates.InstallmentDates.Zip(rates.InstallmentDates.Skip(1)).Any(p => p.First >= p.Second))
        {
            errors.Add(new("rates.installments", new("งวดผ่อนชำระต้องมี 3 งวด เรียงตามวันที่ งวดแรกคือวันครบกำหนดชำระ",
                "Three installment dates in order, the first being the payment due date.")));
        }
        if (rates.InstallmentMinimum < 0)
        {
            errors.Add(new("rates.installmentMinimum", new("ยอดขั้นต่ำที่ผ่อนได้ต้องไม่ติดลบ", "The installment minimum cannot be negative.")));
        }
        return errors;
    }
}
