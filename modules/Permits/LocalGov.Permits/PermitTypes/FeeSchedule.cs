using LocalGov.Platform.Localization;

namespace LocalGov.Permits.PermitTypes;

/// <summary>How a permit type's fee is worked out (a bylaw setting of the LAO).</summary>
public enum FeeMode
{
    /// <summary>One amount per permit.</summary>
    Fixed,

    /// <summary>A rate per m² of the premises or building, with a floor and an optional cap.</summary>
    PerSquareMetre,

    /// <summary>An amount per category the applicant picks (kind of business, size band).</summary>
    ByCategory,
}

/// <summary>One category of a <see cref="FeeMode.ByCategory"/> fee.</summary>
public sealed record FeeCategory(string Code, string NameTh, string NameEn, decimal Fee);

/// <summary>
/// The fee of a permit type. Rounded half away from zero to the satang, like every amount Payments bills. A late
/// renewal adds the LAO's surcharge percentage on top (DOMAIN.md: +20 % is the typical bylaw).
/// </summary>
public sealed record FeeSchedule(FeeMode Mode, decimal FixedFee, decimal RatePerSquareMetre, decimal MinimumFee, decimal? MaximumFee,
    IReadOnlyList<FeeCategory> Categories)
{
    public static FeeSchedule Fixed(decimal fee) => new(FeeMode.Fixed, fee, 0, 0, null, []);

    /// <summary>The fee for an application, or the reason it cannot be worked out (no area, unknown category).</summary>
    public (decimal Fee, LocalizedText? Problem) FeeFor(decimal? areaSquareMetres, string? categoryCode)
    {
        switch (Mode)
        {
            case FeeMode.Fixed:
                return (FixedFee, null);
            case FeeMode.PerSquareMetre:
                if (areaSquareMetres is not { } area || area <= 0)
                {
                    return (0, new("ต้องระบุพื้นที่ (ตารางเมตร) เพื่อคำนวณค่าธรรมเนียม", "The area (m²) is needed to work out the fee."));
                }
                var fee = Math.Max(MinimumFee, Math.Round(area * RatePerSquareMetre, 2, MidpointRounding.AwayFromZero));
                return (MaximumFee is { } cap ? Math.Min(fee, cap) : fee, null);
            default:
                return Categories.FirstOrDefault(c => string.Equals(c.Code, categoryCode, StringComparison.OrdinalIgnoreCase)) is { } category
                    ? (category.Fee, null)
                    : (0, new("กรุณาเลือกประเภทกิจการเพื่อคำนวณค่าธรรมเนียม", "Choose a category to work out the fee."));
        }
    }

    /// <summary>The fee with a late-renewal surcharge of <paramref name="percent"/> %.</summary>
    public static decimal WithSurcharge(decimal fee, decimal percent) =>
        fee + Math.Round(fee * percent / 100m, 2, MidpointRounding.AwayFromZero);
}
