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

    internal Bill(string number, IssueBillRequest request, string? payerIdHash = null)
    {
        PayerIdHash = payerIdHash;
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
                    $"The amount of '{line.DescriptionEn ?? line.Description}' must be above zero, in baht and satang."), "lines");
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
        if (request.Installments is { } plan)
        {
            InstallmentDates = PlanText(plan, request.DueDate);
        }
        Status = BillStatus.Open;
        var sequence = 1;
        foreach (var line in request.Lines)
        {
            _lines.Add(new BillLine(sequence++, line.Head, line.Description, line.DescriptionEn, line.Amount));
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
    /// <summary>Keyed hash of the payer's national or tax ID, for look-up at the counter (PDPA: never the number itself).</summary>
    [Platform.Data.SensitiveData]
    public string? PayerIdHash { get; private set; }
    public DateOnly DueDate { get; private set; }
    public BillStatus Status { get; private set; }
    public string? CancelReason { get; private set; }
    public string PenaltyJson { get; private set; } = "";
    /// <summary>Installment due dates (yyyy-MM-dd, comma-separated), or null for a single payment.</summary>
    public string? InstallmentDates { get; private set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
    public IReadOnlyList<BillLine> Lines => _lines;

    public PenaltyPolicy Penalty => JsonSerializer.Deserialize<PenaltyPolicy>(PenaltyJson) ?? PenaltyPolicy.None;
    public decimal Principal => _lines.Sum(l => l.Amount);
    public decimal PrincipalPaid => _lines.Sum(l => l.Paid);
    public decimal Outstanding => Principal - PrincipalPaid;

    public IReadOnlyList<DateOnly> Installments => InstallmentDates is null ? []
        : [.. InstallmentDates.Split(',').Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>What installment <paramref name="index"/> (0-based) brings the total paid to: equal parts, the last takes the satang left over.</summary>
    public decimal ScheduledThrough(int index)
    {
        var count = Installments.Count;
        var part = Math.Floor(Principal / count * 100m) / 100m;
        return index >= count - 1 ? Principal : part * (index + 1);
    }

    /// <summary>The first installment missed by <paramref name="asOf"/>, if the plan is broken.</summary>
    public DateOnly? MissedInstallment(DateOnly asOf)
    {
        var dates = Installments;
        for (var i = 0; i < dates.Count; i++)
        {
            if (dates[i] < asOf && PrincipalPaid < ScheduledThrough(i))
            {
                return dates[i];
            }
        }
        return null;
    }

    /// <summary>True while an installment plan runs: on time, no penalty, and the payer may pay ahead.</summary>
    public bool OnInstallmentPlan(DateOnly asOf) => Installments.Count > 0 && MissedInstallment(asOf) is null;

    public AmountDueView DueAsOf(DateOnly asOf)
    {
        if (Status is BillStatus.Paid or BillStatus.Cancelled)
        {
            return new AmountDueView(asOf, 0, 0, 0);
        }
        if (OnInstallmentPlan(asOf))
        {
            var dates = Installments;
            var current = Enumerable.Range(0, dates.Count).First(i => dates[i] >= asOf || i == dates.Count - 1);
            return new AmountDueView(asOf, Math.Max(0, ScheduledThrough(current) - PrincipalPaid), 0, 0);
        }
        return PenaltyCalculator.Due(EffectivePenalty(asOf), Outstanding, asOf);
    }

    /// <summary>With a broken plan, penalties count from the missed installment's date, not from the first.</summary>
    private PenaltyPolicy EffectivePenalty(DateOnly asOf)
    {
        var penalty = Penalty;
        if (MissedInstallment(asOf) is not { } missed || missed == DueDate)
        {
            return penalty;
        }
        var shift = missed.DayNumber - DueDate.DayNumber;
        return new PenaltyPolicy(
            [.. penalty.Surcharges.Select(s => s with { From = s.From.AddDays(shift) })],
            penalty.MonthlyInterestPercent,
            penalty.InterestFrom?.AddDays(shift));
    }

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
        var onPlan = OnInstallmentPlan(paidOn);
        var limit = onPlan ? Outstanding : due.Total; // on a plan one may pay ahead, up to everything left
        if (amount > limit)
        {
            throw Refused($"ยอดที่ต้องชำระวันนี้คือ {limit:N2} บาท รับเกินกว่านี้ไม่ได้",
                $"What is due today is {limit:N2} baht; a larger amount cannot be taken.");
        }

        var split = onPlan
            ? new AmountDueView(paidOn, amount, 0, 0)
            : PenaltyCalculator.Apportion(EffectivePenalty(paidOn), Outstanding, amount, paidOn);
        if (split.Principal <= 0)
        {
            throw Refused("จำนวนเงินน้อยเกินไป ไม่พอชำระแม้แต่เงินต้นหนึ่งสตางค์พร้อมเงินเพิ่ม",
                "The amount is too small to settle even one satang of principal with its penalties.");
        }
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

    private static string PlanText(InstallmentPlan plan, DateOnly dueDate)
    {
        var dates = plan.DueDates;
        if (dates.Count is < 2 or > 12 || dates[0] != dueDate || dates.Zip(dates.Skip(1)).Any(p => p.First >= p.Second))
        {
            throw new BusinessRuleException(new LocalizedText(
                "แผนผ่อนชำระต้องมี 2–12 งวด เรียงตามวันที่ และงวดแรกตรงกับวันครบกำหนด",
                "An installment plan has 2–12 dates in order, the first being the bill's due date."), "installments");
        }
        return string.Join(",", dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    internal void LinkPayer(Guid userId) => PayerUserId ??= userId;

    internal void SetPenalty(PenaltyPolicy penalty)
    {
        if (Status is BillStatus.Paid or BillStatus.Cancelled)
        {
            throw Refused("ใบแจ้งหนี้นี้ปิดแล้ว เปลี่ยนเงินเพิ่มไม่ได้", "This bill is closed; its penalties cannot change.", 409);
        }
        PenaltyJson = JsonSerializer.Serialize(penalty);
    }

    internal void SetInstallments(InstallmentPlan plan, DateOnly today)
    {
        if (Status != BillStatus.Open || PrincipalPaid > 0)
        {
            throw Refused("ขอผ่อนชำระได้เฉพาะใบแจ้งหนี้ที่ยังไม่ได้ชำระเลย", "Installments can be asked for only before anything is paid.", 409);
        }
        if (today > DueDate)
        {
            throw Refused("ขอผ่อนชำระได้ภายในวันครบกำหนดชำระเท่านั้น", "Installments can be asked for only until the due date.", 409);
        }
        if (InstallmentDates is not null)
        {
            throw Refused("ใบแจ้งหนี้นี้ผ่อนชำระอยู่แล้ว", "This bill is already on installments.", 409);
        }
        InstallmentDates = PlanText(plan, DueDate);
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
        Principal, PrincipalPaid, DueAsOf(asOf), [.. Lines.OrderBy(l => l.Sequence).Select(l => new BillLineView(l.Head, l.Description, l.Amount, l.Paid, l.DescriptionEn))]);

    private static BusinessRuleException Refused(string th, string en, int status = 400) =>
        new(new LocalizedText(th, en), "amount", status);
}
