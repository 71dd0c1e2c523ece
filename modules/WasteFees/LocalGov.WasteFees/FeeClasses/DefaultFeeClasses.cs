namespace LocalGov.WasteFees.FeeClasses;

/// <summary>
/// The classes every LAO starts with, at rates seen in Thai LAOs (DOMAIN.md: Bangkok 40 + 40 baht for a household;
/// Khlong Mai tiered by litres a day). The LAO changes them to its own bylaw.
/// </summary>
public static class DefaultFeeClasses
{
    public static IReadOnlyList<FeeClass> Create() =>
    [
        new("HOUSE", "บ้านเรือน (ไม่เกิน 20 ลิตร/วัน)", "Household (up to 20 L a day)", WasteProducer.Household, 20, 20m, 20m, 10),
        new("SHOP", "ร้านค้า (ไม่เกิน 60 ลิตร/วัน)", "Shop (up to 60 L a day)", WasteProducer.Shop, 60, 60m, 40m, 20),
        new("FOOD", "ร้านอาหาร (ไม่เกิน 200 ลิตร/วัน)", "Restaurant (up to 200 L a day)", WasteProducer.Restaurant, 200, 150m, 150m, 30),
        new("STALL", "แผงลอยในตลาด (ไม่เกิน 20 ลิตร/วัน)", "Market stall (up to 20 L a day)", WasteProducer.MarketStall, 20, 30m, 0m, 40),
        new("BIZ", "สถานประกอบการ (ไม่เกิน 500 ลิตร/วัน)", "Business (up to 500 L a day)", WasteProducer.Business, 500, 500m, 500m, 50),
    ];
}
