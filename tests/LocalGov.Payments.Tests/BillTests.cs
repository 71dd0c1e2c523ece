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
