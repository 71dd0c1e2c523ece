using LocalGov.Payments.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Billing;

/// <summary>The months a yearly prepayment would cover, what each costs, and the discount.</summary>
public sealed record PrepaymentQuote(ServicePoint Point, IReadOnlyList<MonthlyFee> Months, decimal Gross, decimal DiscountPercent, decimal Discount)
{
    public decimal Net => Gross - Discount;
    public BillingPeriod? From => Months.Count > 0 ? Months[0].Period : null;
    public BillingPeriod? To => Months.Count > 0 ? Months[^1].Period : null;
}

/// <summary>
/// A year paid ahead: one bill for the next 12 months not yet billed, less the LAO's prepayment discount. Each month
/// gets its charge at once, so monthly runs pass those months by; cancelling the unpaid bill frees them again.
/// </summary>
public sealed class Prepayment(LocalGovDbContext db, IBilling billing, BillingEngine engine, ISettingProvider settings, IAuditScope audit, TimeProvider clock)
{
    public const int Months = 12;

    /// <summary>Quotes the 12 months from <paramref name="from"/> (default: the month after the last one billed, or this month if later).</summary>
    public async Task<PrepaymentQuote> QuoteAsync(Guid pointId, BillingPeriod? from, CancellationToken cancellationToken)
    {
        var point = await db.Set<ServicePoint>().SingleOrDefaultAsync(p => p.Id == pointId, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบจุดบริการ", "No such service point."), "point", 404);
        var feeClass = await db.Set<FeeClass>().SingleAsync(c => c.Id == point.FeeClassId, cancellationToken);
        var charged = (await db.Set<WasteCharge>().Where(c => c.ServicePointId == pointId).Select(c => c.Period).ToListAsync(cancellationToken)).ToHashSet();
        var today = BillingPeriod.Of(BangkokTime.Today(clock));
        var afterLast = charged.Count > 0 ? BillingPeriod.FromKey(charged.Max()).Next : today;
        var start = from ?? (afterLast > today ? afterLast : today);
        if (start < today)
        {
            throw new BusinessRuleException(new LocalizedText("ชำระล่วงหน้าได้ตั้งแต่เดือนปัจจุบันเป็นต้นไป", "A prepayment starts this month or later."), "from");
        }
        var months = Enumerable.Range(0, Months).Select(start.Plus)
            .Where(p => !charged.Contains(p.Key))
            .Select(p => MonthlyFee.For(p, point, feeClass))
            .Where(f => f.Total > 0)
            .ToList();
        var gross = months.Sum(m => m.Total);
        var percent = await WasteFeesSettings.PrepaymentDiscountAsync(settings, cancellationToken);
        var discount = Math.Round(gross * percent / 100m, 2, MidpointRounding.AwayFromZero);
        return new PrepaymentQuote(point, months, gross, percent, discount);
    }

    /// <summary>Issues the prepayment bill and charges every month it covers, in one transaction.</summary>
    public async Task<BillView> IssueAsync(Guid pointId, BillingPeriod? from, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var quote = await QuoteAsync(pointId, from, cancellationToken);
        if (quote.Months.Count == 0)
        {
            throw new BusinessRuleException(new LocalizedText(
                "ไม่มีเดือนที่ต้องชำระในช่วง 12 เดือนนี้ (ออกใบแจ้งหนี้แล้ว ยกเว้น หรือเลิกให้บริการ)",
                "There is nothing to pay in these 12 months (already billed, exempt or no longer served)."), "from", 409);
        }
        var point = quote.Point;
        var feeClass = await db.Set<FeeClass>().SingleAsync(c => c.Id == point.FeeClassId, cancellationToken);
        var today = BangkokTime.Today(clock);
        var due = today.AddDays(await WasteFeesSettings.DueDaysAsync(settings, cancellationToken));

        // the discount is shared over the months in proportion, the last month taking the satang left over
        var charges = new List<WasteCharge>();
        var discountLeft = quote.Discount;
        for (var i = 0; i < quote.Months.Count; i++)
        {
            var fee = quote.Months[i];
            var share = i == quote.Months.Count - 1 ? discountLeft
                : Math.Round(quote.Discount * fee.Total / quote.Gross, 2, MidpointRounding.AwayFromZero);
            discountLeft -= share;
            // a month not yet served is not in arrears: each month falls overdue after the bill's due date and its own end
            var monthDue = fee.Period.Last > due ? fee.Period.Last : due;
            charges.Add(new WasteCharge(point.Id, fee, ChargeKind.Prepaid, point.Zone, point.Route, feeClass.Code, fee.Total - share, monthDue));
        }
        var span = $"{quote.From!.Value.Name(true)} – {quote.To!.Value.Name(true)}";
        var spanEn = $"{quote.From!.Value.Name(false)} – {quote.To!.Value.Name(false)}";
        var line = quote.Discount > 0
            ? new BillLineRequest(BillingEngine.CollectionHead,
                $"ค่าธรรมเนียมมูลฝอยล่วงหน้า {quote.Months.Count} เดือน {span} หักส่วนลด {quote.DiscountPercent:0.##}%", quote.Net)
            {
                DescriptionEn = $"Waste fees paid ahead, {spanEn}, less {quote.DiscountPercent:0.##}%",
            }
            : new BillLineRequest(BillingEngine.CollectionHead, $"ค่าธรรมเนียมมูลฝอยล่วงหน้า {quote.Months.Count} เดือน {span}", quote.Net)
            {
                DescriptionEn = $"Waste fees paid ahead, {spanEn}",
            };
        var bill = await billing.IssueAsync(new IssueBillRequest(engine.Payer(point),
            new BillSource(BillingEngine.ModuleName, $"{point.AccountNo}/{quote.From}..{quote.To}"),
            [line], due, PenaltyPolicy.None), cancellationToken);
        foreach (var charge in charges)
        {
            charge.AttachBill(bill.Id, bill.Number);
        }
        db.AddRange(charges);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        audit.AddAction("WasteFees.Prepayment", $"{point.AccountNo} {quote.From}..{quote.To} {quote.Net:0.00}");
        return bill;
    }
}
