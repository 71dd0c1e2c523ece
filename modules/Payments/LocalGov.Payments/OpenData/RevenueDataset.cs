using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.OpenData;
using LocalGov.Platform.Timing;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.OpenData;

/// <summary>
/// Revenue billed and collected, as the open dataset <c>{lao}-revenue</c>: every tax and fee the LAO bills through
/// Payments (land and building tax by use, signboard tax, waste fees, permit fees), summed per Thai fiscal year of
/// the due date, source module and head, for the previous and the current fiscal year (and the next, for bills already
/// issued that fall due in it). Principal only (penalties and surcharges are not revenue heads); cancelled bills are not
/// counted. Sums only: no payer, bill or receipt; a head with fewer than <see cref="SmallGroups.Minimum"/> lines in a
/// year keeps its count but not its amounts (one signboard's tax is its owner's).
/// </summary>
/// <remarks>
/// The database sums per module, head and due date (a few hundred groups a year); the fiscal years are folded here,
/// since a date's fiscal year does not translate the same way on every provider.
/// </remarks>
internal sealed class RevenueDataset(LocalGovDbContext db, TimeProvider clock) : IOpenDataset
{
    public string Feature => LocalGovModule.FeatureOf(PaymentsContract.Module);
    public string Slug => "revenue";
    public LocalizedText Title => new("รายได้ที่เรียกเก็บและจัดเก็บได้ แยกตามประเภทภาษีและค่าธรรมเนียม", "Revenue billed and collected by tax and fee");

    public LocalizedText Description => new(
        "ยอดเงินที่ออกใบแจ้งหนี้และยอดที่ชำระแล้ว แยกตามปีงบประมาณของวันครบกำหนด (ปีก่อน ปีปัจจุบัน และปีถัดไปสำหรับใบแจ้งหนี้ที่ออกแล้ว) ระบบงานต้นทาง และหมวดรายได้ (ภาษีที่ดินและสิ่งปลูกสร้างตามการใช้ประโยชน์ ภาษีป้าย ค่าธรรมเนียมขยะ ค่าธรรมเนียมใบอนุญาต) เฉพาะเงินต้น ไม่รวมใบแจ้งหนี้ที่ยกเลิก เป็นยอดรวมเท่านั้น ไม่มีข้อมูลผู้ชำระ หมวดที่มีน้อยกว่า 5 รายการในปีไม่แสดงยอดเงิน",
        "Amounts billed and paid, by Thai fiscal year of the due date (the previous, the current, and the next for bills already issued), source module and revenue head (land and building tax by use, signboard tax, waste fees, permit fees). Principal only; cancelled bills left out. Totals only: no payer data; heads with fewer than 5 lines in a year show no amounts.");

    public IReadOnlyList<string> Tags => ["รายได้", "revenue", "ภาษี", "tax", "ค่าธรรมเนียม", "fees"];
    public UpdateFrequency Frequency => UpdateFrequency.Monthly;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("fiscal_year", OpenDataType.Integer, new("ปีงบประมาณ (พ.ศ.)", "Fiscal year (Buddhist Era)")),
        new("source_module", OpenDataType.Text, new("ระบบงานต้นทาง", "Source module")),
        new("revenue_head", OpenDataType.Text, new("รหัสหมวดรายได้", "Revenue head code")),
        new("bill_lines", OpenDataType.Integer, new("จำนวนรายการที่เรียกเก็บ", "Lines billed")),
        new("billed", OpenDataType.Decimal, new("ยอดเรียกเก็บ (บาท)", "Billed (baht)")),
        new("collected", OpenDataType.Decimal, new("ยอดจัดเก็บได้ (บาท)", "Collected (baht)")),
        new("percent_collected", OpenDataType.Decimal, new("ร้อยละที่จัดเก็บได้", "Per cent collected")),
    ];

    /// <summary>The previous and the current fiscal year, and the next, where bills issued now fall due (a September bill due in October).</summary>
    public (DateOnly From, DateOnly To) Coverage(DateOnly today) => (ThaiFiscalYear.Of(today).FirstDay.AddYears(-1), ThaiFiscalYear.Of(today).LastDay.AddYears(1));

    public async Task<IReadOnlyList<object?[]>> ReadAsync(CancellationToken cancellationToken)
    {
        var (from, to) = Coverage(BangkokTime.Today(clock));
        var groups = await db.Set<Bill>().AsNoTracking()
            .Where(b => b.Status != BillStatus.Cancelled && b.DueDate >= from && b.DueDate <= to)
            .SelectMany(b => b.Lines, (b, l) => new { b.SourceModule, l.Head, b.DueDate, l.Amount, l.Paid })
            .GroupBy(x => new { x.SourceModule, x.Head, x.DueDate })
            .Select(g => new { g.Key.SourceModule, g.Key.Head, g.Key.DueDate, Lines = g.Count(), Billed = g.Sum(x => x.Amount), Collected = g.Sum(x => x.Paid) })
            .ToListAsync(cancellationToken);
        return [.. groups
            .GroupBy(g => (Year: ThaiFiscalYear.Of(g.DueDate).BuddhistYear, g.SourceModule, g.Head))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.SourceModule, StringComparer.Ordinal).ThenBy(g => g.Key.Head, StringComparer.Ordinal)
            .Select(g =>
            {
                var (lines, billed, collected) = (g.Sum(x => x.Lines), g.Sum(x => x.Billed), g.Sum(x => x.Collected));
                return new object?[]
                {
                    g.Key.Year, g.Key.SourceModule, g.Key.Head, lines, SmallGroups.Guard(lines, billed), SmallGroups.Guard(lines, collected),
                    SmallGroups.Guard(lines, billed == 0 ? (decimal?)null : Math.Round(collected * 100m / billed, 1, MidpointRounding.AwayFromZero)),
                };
            })];
    }
}
