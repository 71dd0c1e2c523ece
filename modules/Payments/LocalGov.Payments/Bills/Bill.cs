using System.Text.Json;
using LocalGov.Payments.Contracts;
using LocalGov.Payments.Penalties;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;

namespace LocalGov.Payments.Bills;

/// <summary>
/// A demand for money from one payer for one source record: lines by head, a due date, and the source module's
/// penalty policy. Payments settle penalties on the principal they pay, then lines in order (docs/adr/0011).
/// </summary>
public sealed class Bill : Entity, IMultiTenant, IHasConcurrencyStamp
{
    private readonly List<BillLine> _lines = [];

    private Bill() { } // EF Core

    internal Bill(string number, IssueBillRequest request)
    {
        if (request.Lines.Count == 0)
        {
            throw new BusinessRuleException(new LocalizedText("ใบแจ้งหนี้ต้องมีอย่างน้อยหนึ่งรายการ", "A bill needs at least one line."), "lines");
        }
        foreach (var line in request.Lines)
        {
            if (line.Amount <= 0 || !Money.HasAtMostSatang(line.Amount))
            {
                throw new BusinessRuleException(new LocalizedText(
                    $"จำนวนเงินของรายการ '{line.Description}' ต้องมากกว่า 0 และละเอียดไม่เกินสตางค์",
                    $"The amount of '{line.Description}' must be above zero, in baht and satang."), "lines");
            }
        }
        Number = number;
        Ref1 = number.Replace("-", "", StringComparison.Ordinal);
        SourceModule = request.Source.Module;
        SourceReference = request.Source.Reference;
        PayerName = request.Payer.Name;
        PayerReference = request.Payer.Reference;
        PayerEmail = request.Payer.Email;
        PayerUserId = request.Payer.UserId;
        DueDate = request.DueDate;
        PenaltyJson = JsonSerializer.Serialize(request.Penalty ?? PenaltyPolicy.None);
        Status = BillStatus.Open;
        var sequence = 1;
        foreach (var line in request.Lines)
        {
            _lines.Add(new BillLine(sequence++, line.Head, line.Description, line.Amount));
        }
    }

    public Guid TenantId { get; private set; }
    /// <summary>Printed number, e.g. BIL-2570-000042.</summary>
    public string Number { get; private set; } = "";
    /// <summary>The number as Thai QR Ref1 (letters and digits only): BIL2570000042.</summary>
    public string Ref1 { get; private set; } = "";
    public string SourceModule { get; private set; } = "";
    public string SourceReference { get; private set; } = "";
    public string PayerName { get; private set; } = "";
    public string? PayerReference { get; private set; }
    public string? PayerEmail { get; private set; }
    public Guid? PayerUserId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public BillStatus Status { get; private set; }
    public string? CancelReason { get; private set; }
    public string PenaltyJson { get; private set; } = "";
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
    public IReadOnlyList<BillLine> Lines => _lines;

    public PenaltyPolicy Penalty => JsonSerializer.Deserialize<PenaltyPolicy>(PenaltyJson) ?? PenaltyPolicy.None;
    public decimal Principal => _lines.Sum(l => l.Amount);
    public decimal PrincipalPaid => _lines.Sum(l => l.Paid);
    public decimal Outstanding => Principal - PrincipalPaid;

    public AmountDueView DueAsOf(DateOnly asOf) =>
        Status is BillStatus.Paid or BillStatus.Cancelled
            ? new AmountDueView(asOf, 0, 0, 0)
            : PenaltyCalculator.Due(Penalty, Outstanding, asOf);

    /// <summary>Applies a payment made on <paramref name="paidOn"/>; refuses nothing-due, overpayment and sub-satang amounts.</summary>
    internal AmountDueView ApplyPayment(decimal amount, DateOnly paidOn)
    {
        if (Status == BillStatus.Cancelled)
        {
            throw Refused("ใบแจ้งหนี้นี้ถูกยกเลิกแล้ว รับชำระไม่ได้", "This bill was cancelled; it cannot be paid.", 409);
        }
        if (Status == BillStatus.Paid)
        {
            throw Refused("ใบแจ้งหนี้นี้ชำระครบแล้ว", "This bill is already paid in full.", 409);
        }
        if (amount <= 0 || !Money.HasAtMostSatang(amount))
        {
            throw Refused("จำนวนเงินต้องมากกว่า 0 และละเอียดไม่เกินสตางค์", "The amount must be above zero, in baht and satang.");
        }
        var due = DueAsOf(paidOn);
        if (amount > due.Total)
        {
            throw Refused($"ยอดที่ต้องชำระวันนี้คือ {due.Total:N2} บาท รับเกินกว่านี้ไม่ได้",
                $"What is due today is {due.Total:N2} baht; a larger amount cannot be taken.");
        }

        var split = PenaltyCalculator.Apportion(Penalty, Outstanding, amount, paidOn);
        var remaining = split.Principal;
        foreach (var line in _lines.OrderBy(l => l.Sequence))
        {
            var part = Math.Min(remaining, line.Outstanding);
            line.Paid += part;
            remaining -= part;
        }
        Status = Outstanding == 0 ? BillStatus.Paid : BillStatus.PartiallyPaid;
        return split;
    }

    /// <summary>Takes a voided payment's principal back off the lines, last line first, and reopens the bill.</summary>
    internal void ReversePayment(decimal principal)
    {
        var remaining = principal;
        foreach (var line in _lines.OrderByDescending(l => l.Sequence))
        {
            var part = Math.Min(remaining, line.Paid);
            line.Paid -= part;
            remaining -= part;
        }
        Status = PrincipalPaid == 0 ? BillStatus.Open : BillStatus.PartiallyPaid;
    }

    internal void Cancel(string reason)
    {
        if (PrincipalPaid > 0 || Status == BillStatus.Paid)
        {
            throw Refused("ใบแจ้งหนี้ที่มีการชำระแล้วยกเลิกไม่ได้", "A bill with payments cannot be cancelled.", 409);
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Refused("ระบุเหตุผลที่ยกเลิก", "Give the reason for cancelling.");
        }
        Status = BillStatus.Cancelled;
        CancelReason = reason.Trim();
    }

    public BillView ToView(DateOnly asOf) => new(Id, Number, Status, new BillSource(SourceModule, SourceReference), PayerName, DueDate,
        Principal, PrincipalPaid, DueAsOf(asOf));

    private static BusinessRuleException Refused(string th, string en, int status = 400) =>
        new(new LocalizedText(th, en), "amount", status);
}
