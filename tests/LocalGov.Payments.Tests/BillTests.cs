using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Web;

namespace LocalGov.Payments.Tests;

public sealed class BillTests
{
    private static readonly DateOnly Due = new(2026, 11, 30);

    private static Bill NewBill(PenaltyPolicy? penalty = null) => new("BIL-2570-000001", new IssueBillRequest(
        new BillPayer("สมชาย ใจดี", "10010012345"),
        new BillSource("WasteFees", "SP-1/2026-11"),
        [new BillLineRequest("COLLECTION", "ค่าเก็บขน", 600m), new BillLineRequest("DISPOSAL", "ค่ากำจัด", 400m)],
        Due,
        penalty));

    [Fact]
    public void Ref1_IsTheNumberWithoutHyphens_ForThaiQr() => Assert.Equal("BIL2570000001", NewBill().Ref1);

    [Fact]
    public void Payment_FillsLinesInOrder_AndTheBillBecomesPartlyPaid()
    {
        var bill = NewBill();
        bill.ApplyPayment(700m, Due);
        Assert.Equal([600m, 100m], bill.Lines.Select(l => l.Paid));
        Assert.Equal(BillStatus.PartiallyPaid, bill.Status);
        bill.ApplyPayment(300m, Due);
        Assert.Equal(BillStatus.Paid, bill.Status);
        Assert.Equal(0m, bill.DueAsOf(Due).Total);
    }

    [Fact]
    public void Overpayment_IsRefused_SayingWhatIsDue()
    {
        var error = Assert.Throws<BusinessRuleException>(() => NewBill().ApplyPayment(1_000.01m, Due));
        Assert.Contains("1,000.00", error.UserMessage.En, StringComparison.Ordinal);
        Assert.Contains("ยอดที่ต้องชำระวันนี้", error.UserMessage.Th, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.005)]
    public void NonsenseAmounts_AreRefused(decimal amount) =>
        Assert.Throws<BusinessRuleException>(() => NewBill().ApplyPayment(amount, Due));

    [Fact]
    public void APaymentTooSmallToSettleAnyPrincipal_IsRefused_SoPenaltiesCannotBePaidForever()
    {
        var bill = NewBill(new PenaltyPolicy([new SurchargeStep(Due.AddDays(1), 40m)], 1m, Due.AddDays(1)));
        Assert.Throws<BusinessRuleException>(() => bill.ApplyPayment(0.01m, Due.AddDays(40)));
        Assert.Equal(0m, bill.PrincipalPaid);
    }

    [Fact]
    public void PaidBill_TakesNoMoreMoney_AndCannotBeCancelled()
    {
        var bill = NewBill();
        bill.ApplyPayment(1_000m, Due);
        Assert.Equal(409, Assert.Throws<BusinessRuleException>(() => bill.ApplyPayment(1m, Due)).StatusCode);
        Assert.Equal(409, Assert.Throws<BusinessRuleException>(() => bill.Cancel("mistake")).StatusCode);
    }

    [Fact]
    public void CancelledBill_TakesNoMoney_AndKeepsItsReason()
    {
        var bill = NewBill();
        Assert.Throws<BusinessRuleException>(() => bill.Cancel(" "));
        bill.Cancel("ออกซ้ำ");
        Assert.Equal("ออกซ้ำ", bill.CancelReason);
        Assert.Throws<BusinessRuleException>(() => bill.ApplyPayment(10m, Due));
    }

    [Fact]
    public void LateBill_DueIncludesThePenaltyOfItsSourceModule()
    {
        var bill = NewBill(new PenaltyPolicy([new SurchargeStep(Due.AddDays(1), 10m)], 1m, Due.AddDays(1)));
        Assert.Equal(1_110m, bill.DueAsOf(Due.AddDays(3)).Total);
        Assert.Equal(1_000m, bill.DueAsOf(Due).Total);
    }
}

/// <summary>Land and building tax of 3,000 baht or more in three monthly installments (DOMAIN.md).</summary>
public sealed class InstallmentTests
{
    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static readonly PenaltyPolicy LandTax = new(
        [new SurchargeStep(D(5, 1), 10m)], MonthlyInterestPercent: 1m, InterestFrom: D(5, 1));

    private static Bill ThreeInstallments(decimal principal = 3_000m) => new("BIL-2569-000009", new IssueBillRequest(
        new BillPayer("เจ้าของที่ดิน", "TAX1"), new BillSource("Tax", "ASSESS-1"),
        [new BillLineRequest("LAND-TAX", "ภาษีที่ดินและสิ่งปลูกสร้าง 2569", principal)], D(4, 30), LandTax,
        new InstallmentPlan([D(4, 30), D(5, 31), D(6, 30)])));

    [Fact]
    public void AtExactly3000_EachInstallmentIs1000_AndOnTimeThereIsNoPenalty()
    {
        var bill = ThreeInstallments();
        Assert.Equal(1_000m, bill.DueAsOf(D(4, 15)).Total);
        bill.ApplyPayment(1_000m, D(4, 30));
        Assert.Equal(1_000m, bill.DueAsOf(D(5, 20)).Total); // the second installment, no surcharge though past 30 April
        bill.ApplyPayment(1_000m, D(5, 31));
        bill.ApplyPayment(1_000m, D(6, 30));
        Assert.Equal(BillStatus.Paid, bill.Status);
    }

    [Fact]
    public void UnevenAmounts_TheLastInstallmentTakesTheSatangLeftOver()
    {
        var bill = ThreeInstallments(3_000.01m);
        Assert.Equal(1_000m, bill.ScheduledThrough(0));
        Assert.Equal(2_000m, bill.ScheduledThrough(1));
        Assert.Equal(3_000.01m, bill.ScheduledThrough(2));
    }

    [Fact]
    public void OnThePlan_ThePayerMayPayAhead_ButNotMoreThanIsLeft()
    {
        var bill = ThreeInstallments();
        bill.ApplyPayment(2_500m, D(4, 20));
        Assert.Equal(500m, bill.DueAsOf(D(6, 1)).Total);
        Assert.Throws<BusinessRuleException>(() => bill.ApplyPayment(600m, D(6, 1)));
    }

    [Fact]
    public void AMissedInstallment_EndsThePlan_AndTheRestDrawsPenaltiesFromThatDate()
    {
        var bill = ThreeInstallments();
        bill.ApplyPayment(1_000m, D(4, 30));
        Assert.Null(bill.MissedInstallment(D(5, 31)));
        Assert.Equal(D(5, 31), bill.MissedInstallment(D(6, 1)));
        Assert.False(bill.OnInstallmentPlan(D(6, 1)));
        // 2,000 left, now all due; 10 % surcharge and one month's 1 % counted from 1 June (the day after the missed date)
        var due = bill.DueAsOf(D(6, 1));
        Assert.Equal(2_000m, due.Principal);
        Assert.Equal(200m, due.Surcharge);
        Assert.Equal(20m, due.Interest);
        Assert.Equal(2_220m, due.Total);
    }

    [Fact]
    public void APlan_MustStartOnTheDueDate_AndRunInOrder() =>
        Assert.Throws<BusinessRuleException>(() => new Bill("BIL-2569-000010", new IssueBillRequest(
            new BillPayer("x"), new BillSource("Tax", "A"), [new BillLineRequest("T", "t", 3_000m)], D(4, 30), null,
            new InstallmentPlan([D(5, 31), D(4, 30)]))));
}
