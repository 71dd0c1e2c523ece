using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.OpenData;
using LocalGov.Platform.Timing;
using LocalGov.Thai;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.FeeClasses;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.OpenData;

/// <summary>
/// Waste service coverage, as the open dataset <c>{lao}-waste-service-coverage</c>: for each of the last 12 months
/// and each zone, the service points charged for collection (one charge per point and month), how many were exempt,
/// and the fees billed and collected. Zones with fewer than <see cref="SmallGroups.Minimum"/> points in a month
/// keep their count but not their money figures (<see cref="SmallGroups"/>).
/// </summary>
internal sealed class WasteCoverageDataset(LocalGovDbContext db, TimeProvider clock) : IOpenDataset
{
    private const int Months = 12;

    public string Feature => WasteFeesModule.FeatureName;
    public string Slug => "waste-service-coverage";
    public LocalizedText Title => new("ความครอบคลุมของบริการเก็บขนขยะ", "Waste collection service coverage");

    public LocalizedText Description => new(
        "จำนวนจุดบริการเก็บขนขยะที่เรียกเก็บค่าธรรมเนียมรายเดือน แยกตามเขตบริการ ย้อนหลัง 12 เดือน จำนวนที่ได้รับยกเว้น ยอดเรียกเก็บและยอดที่ชำระแล้ว เขตที่มีน้อยกว่า 5 จุดไม่แสดงยอดเงิน ไม่มีข้อมูลส่วนบุคคล",
        "Service points charged for waste collection each month over the last 12 months, by zone: how many were exempt, and the fees billed and collected. Zones with fewer than 5 points show no money figures. No personal data.");

    public IReadOnlyList<string> Tags => ["ขยะ", "waste", "บริการสาธารณะ", "public services"];
    public UpdateFrequency Frequency => UpdateFrequency.Monthly;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("month", OpenDataType.Text, new("เดือน (ปี ค.ศ.-เดือน)", "Month (YYYY-MM)")),
        new("zone", OpenDataType.Text, new("เขตบริการ", "Zone")),
        new("service_points", OpenDataType.Integer, new("จุดบริการที่เรียกเก็บ", "Service points charged")),
        new("exempt_points", OpenDataType.Integer, new("จุดที่ได้รับยกเว้น", "Exempt points")),
        new("billed", OpenDataType.Decimal, new("ยอดเรียกเก็บ (บาท)", "Billed (baht)")),
        new("collected", OpenDataType.Decimal, new("ยอดชำระแล้ว (บาท)", "Collected (baht)")),
        new("percent_collected", OpenDataType.Decimal, new("ร้อยละที่ชำระแล้ว", "Per cent collected")),
    ];

    public (DateOnly From, DateOnly To) Coverage(DateOnly today) =>
        (BillingPeriod.Of(today).Plus(1 - Months).First, BillingPeriod.Of(today).Last);

    public async Task<IReadOnlyList<object?[]>> ReadAsync(CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        var (first, last) = (BillingPeriod.Of(today).Plus(1 - Months).Key, BillingPeriod.Of(today).Key);
        var cells = await db.Set<WasteCharge>().AsNoTracking()
            .Where(c => c.Period >= first && c.Period <= last)
            .GroupBy(c => new { c.Period, c.Zone })
            .Select(g => new { g.Key.Period, g.Key.Zone, Points = g.Count(), Exempt = g.Count(c => c.Exempt), Billed = g.Sum(c => c.Amount), Collected = g.Sum(c => c.Paid) })
            .ToListAsync(cancellationToken);
        return [.. cells.OrderBy(c => c.Period).ThenBy(c => c.Zone, StringComparer.Ordinal).Select(c => new object?[]
        {
            BillingPeriod.FromKey(c.Period).ToString(), c.Zone, c.Points, c.Exempt,
            SmallGroups.Guard(c.Points, c.Billed), SmallGroups.Guard(c.Points, c.Collected),
            SmallGroups.Guard(c.Points, c.Billed == 0 ? (decimal?)null : Math.Round(c.Collected * 100m / c.Billed, 1, MidpointRounding.AwayFromZero)),
        })];
    }
}

/// <summary>The residents' look-up and payment of waste fees, with the fee range of the LAO's active classes.</summary>
internal sealed class WasteServices(LocalGovDbContext db) : IPublicServiceSource
{
    public string Feature => WasteFeesModule.FeatureName;

    public async Task<IReadOnlyList<PublicService>> ListAsync(CancellationToken cancellationToken)
    {
        var rates = await db.Set<FeeClass>().AsNoTracking().Where(c => c.Active)
            .Select(c => new { c.CollectionRate, c.DisposalRate }).ToListAsync(cancellationToken);
        var monthly = rates.Select(r => r.CollectionRate + r.DisposalRate).ToList();
        LocalizedText fee = monthly.Count == 0 ? new("ตามอัตราที่ท้องถิ่นกำหนด", "At the LAO's rates")
            : monthly.Min() == monthly.Max() ? new($"{ThaiBahtText.ToFigures(monthly.Min())} บาทต่อเดือน", $"{ThaiBahtText.ToFigures(monthly.Min())} baht a month")
            : new($"{ThaiBahtText.ToFigures(monthly.Min())}–{ThaiBahtText.ToFigures(monthly.Max())} บาทต่อเดือน ตามประเภทผู้ใช้บริการ",
                $"{ThaiBahtText.ToFigures(monthly.Min())}–{ThaiBahtText.ToFigures(monthly.Max())} baht a month by kind of producer");
        return
        [
            new("waste.fees", new("ชำระค่าขยะ", "Pay waste fees"),
                new("ตรวจสอบค่าธรรมเนียมเก็บขนขยะที่ค้างชำระด้วยเลขที่บัญชีผู้ใช้บริการ และชำระผ่าน PromptPay",
                    "Look up the waste fees due on a service account by its account number and pay by PromptPay."),
                "/waste", fee, monthly.Count > 0 && monthly.Min() == monthly.Max() ? monthly.Min() : null, null),
        ];
    }
}
