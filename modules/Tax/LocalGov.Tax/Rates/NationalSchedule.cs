namespace LocalGov.Tax.Rates;

/// <summary>
/// The national schedule (DOMAIN.md, "Land and Building Tax" and "Signboard tax"): the royal-decree rates in force
/// since 2020, the reliefs of 2020–2023, the Treasury depreciation table, the signboard rates since 2021 and the
/// default timeline. Bands apply to the value left after the exemption (docs/adr/0016): a main home worth 60 M pays
/// 0.03 % on the 10 M above its 50 M exemption, the same as "50–75 M: 0.03 %" on the whole value.
/// </summary>
public static class NationalSchedule
{
    private const decimal Million = 1_000_000m;

    public static ScheduleRates For(int year) => new()
    {
        Categories =
        [
            Category(LandUse.Agricultural, 50, (75, 0.01m), (100, 0.03m), (500, 0.05m), (1000, 0.07m), (null, 0.10m)),
            Category(LandUse.MainHome, 50, (25, 0.03m), (50, 0.05m), (null, 0.10m)),
            Category(LandUse.MainHomeHouseOnly, 10, (40, 0.02m), (65, 0.03m), (90, 0.05m), (null, 0.10m)),
            Category(LandUse.ResidentialOther, 0, (50, 0.02m), (75, 0.03m), (100, 0.05m), (null, 0.10m)),
            Category(LandUse.Other, 0, (50, 0.3m), (200, 0.4m), (1000, 0.5m), (5000, 0.6m), (null, 0.7m)),
            Category(LandUse.Vacant, 0, (50, 0.3m), (200, 0.4m), (1000, 0.5m), (5000, 0.6m), (null, 0.7m)),
        ],
        VacantIncreasePercent = 0.3m,
        VacantIncreaseEveryYears = 3,
        VacantCapPercent = LegalCeilings.VacantCapPercent,
        ReliefPercent = year switch
        {
            2020 or 2021 => 90m,
            2023 => 15m,
            _ => 0m,
        },
        Depreciation =
        [
            new(Materials.Masonry, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2], 76),
            new(Materials.HalfTimber, [2], 85),
            new(Materials.Timber, [3], 93),
        ],
        SignRates =
        [
            new(1, true, 10), new(1, false, 5),
            new(2, true, 52), new(2, false, 26),
            new(3, true, 52), new(3, false, 50),
        ],
        SignMinimum = LegalCeilings.SignMinimum,
        SignRounding = SignRounding.OverHalf,
        NoticeBy = new DateOnly(year, 2, DateTime.DaysInMonth(year, 2)),
        PaymentDue = new DateOnly(year, 4, 30),
        InstallmentDates = [new(year, 4, 30), new(year, 5, 31), new(year, 6, 30)],
        InstallmentMinimum = 3000m,
        SignFilingBy = new DateOnly(year, 3, 31),
    };

    private static CategoryRates Category(LandUse use, decimal exemptMillion, params (int? UpToMillion, decimal Rate)[] bands)
    {
        var list = new List<RateBand>();
        decimal from = 0;
        foreach (var (upTo, rate) in bands)
        {
            decimal? to = upTo is null ? null : upTo.Value * Million;
            list.Add(new RateBand(from, to, rate));
            from = to ?? from;
        }
        return new CategoryRates { Use = use, IndividualExemption = exemptMillion * Million, Bands = list };
    }
}
