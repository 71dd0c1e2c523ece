using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Tax.LandBuilding;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signboard;

namespace LocalGov.Tax.Assessment;

public enum TaxKind
{
    LandBuilding = 1,
    Signboard = 2,
}

public enum AssessmentStatus
{
    Assessed = 1,
    /// <summary>An objection is waiting for the officer's decision.</summary>
    Objected = 2,
    /// <summary>Re-assessed after a correction (the history keeps each earlier figure).</summary>
    Corrected = 3,
}

/// <summary>One property of an owner's assessment: its valuation and the owner's share of it.</summary>
public sealed record AssessedProperty(string Code, PropertyKind Kind, string Location, decimal Area, decimal UnitPrice, decimal GrossValue,
    decimal DepreciationPercent, decimal Value, decimal SharePercent, IReadOnlyList<PartValue> Parts);

/// <summary>One sign of a signboard assessment (ภ.ป.3).</summary>
public sealed record AssessedSign(string Number, string Place, int Type, bool Moving, int WidthCm, int HeightCm, DateOnly InstalledOn, SignTax Tax);

/// <summary>An earlier figure of a corrected assessment.</summary>
public sealed record AssessmentRevision(int Revision, decimal Total, string Reason, DateTime At, string By);

/// <summary>How the tax was reached, as printed on the notice: properties and categories (land and building) or signs.</summary>
public sealed class AssessmentBreakdown
{
    public List<AssessedProperty> Properties { get; set; } = [];
    public List<CategoryTax> Categories { get; set; } = [];
    public decimal Gross { get; set; }
    public decimal ReliefPercent { get; set; }
    public decimal Relief { get; set; }
    public List<AssessedSign> Signs { get; set; } = [];
    /// <summary>Signboard filing surcharge: 10 % when the officer found the sign, 5 % when filed late before that.</summary>
    public decimal SurchargePercent { get; set; }
    public LocalizedText? SurchargeReason { get; set; }
}

/// <summary>
/// A tax assessment of one owner for one year (ภ.ด.ส.6 for land and building, ภ.ป.3 for signs): the breakdown, the
/// notice and due dates, the bills issued for it, the warning stage and any correction. One per owner, year and
/// subject (the land-and-building roll, or one sign declaration): assessing again corrects it, never duplicates.
/// </summary>
public sealed class TaxAssessment : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public const string LandBuildingSubject = "LB";

    private TaxAssessment() { } // EF Core

    internal TaxAssessment(TaxKind kind, int year, string number, ITaxpayer payer, string subject)
    {
        Kind = kind;
        Year = year;
        Number = number;
        PayerId = payer.Id;
        PayerName = payer.Name;
        Subject = subject;
        Status = AssessmentStatus.Assessed;
    }

    public Guid TenantId { get; private set; }
    public TaxKind Kind { get; private set; }
    /// <summary>Tax year (CE).</summary>
    public int Year { get; private set; }
    /// <summary>Notice number, e.g. LBT-2569-000123 or SBT-2569-000012.</summary>
    public string Number { get; private set; } = "";
    public Guid PayerId { get; private set; }
    public string PayerName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public int Revision { get; private set; }
    public AssessmentStatus Status { get; internal set; }
    public decimal Value { get; private set; }
    /// <summary>The tax assessed, before any filing surcharge.</summary>
    public decimal Tax { get; private set; }
    /// <summary>Signboard filing surcharge, billed with the tax.</summary>
    public decimal Surcharge { get; private set; }
    public AssessmentBreakdown Breakdown { get; private set; } = new();
    public DateOnly NoticeDate { get; private set; }
    public DateOnly DueDate { get; private set; }
    /// <summary>Principal of the bills issued for it and not cancelled.</summary>
    public decimal Billed { get; internal set; }
    /// <summary>Principal paid on those bills.</summary>
    public decimal Paid { get; internal set; }
    /// <summary>Paid above a lowered assessment: to refund or set off (recorded, never lost).</summary>
    public decimal Overpaid { get; internal set; }
    public bool Installments { get; internal set; }
    public DateOnly? WarningIssuedOn { get; internal set; }
    public DateOnly? WarningDeadline { get; internal set; }
    /// <summary>When the notice mail was queued; null with no email on file means a letter to send.</summary>
    public DateTime? NotifiedAt { get; internal set; }
    public List<AssessmentRevision> History { get; private set; } = [];
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public decimal Total => Tax + Surcharge;
    public decimal Outstanding => Math.Max(0, Billed - Paid);

    /// <summary>Gives the notice its number: the assessment run computes an assessment first and numbers it as it writes it.</summary>
    internal void Numbered(string number) => Number = number;

    internal void Set(decimal value, decimal tax, decimal surcharge, AssessmentBreakdown breakdown, DateOnly noticeDate, DateOnly dueDate)
    {
        Value = value;
        Tax = tax;
        Surcharge = surcharge;
        Breakdown = breakdown;
        NoticeDate = noticeDate;
        DueDate = dueDate;
    }

    internal void Correct(string reason, DateTime at, string by)
    {
        History.Add(new AssessmentRevision(Revision, Total, reason, at, by));
        Revision++;
        Status = AssessmentStatus.Corrected;
    }

    public static LocalizedText KindName(TaxKind kind) => kind == TaxKind.LandBuilding
        ? new("ภาษีที่ดินและสิ่งปลูกสร้าง", "Land and building tax")
        : new("ภาษีป้าย", "Signboard tax");
}

/// <summary>A bill issued for an assessment, with what has been paid of it (heard from Payments) and its lines by head.</summary>
public sealed class TaxBill : IMultiTenant, INotAudited
{
    private TaxBill() { } // EF Core

    internal TaxBill(TaxAssessment assessment, Guid billId, string billNumber, int revision, DateOnly dueDate, List<TaxBillLine> lines)
    {
        AssessmentId = assessment.Id;
        Kind = assessment.Kind;
        Year = assessment.Year;
        BillId = billId;
        BillNumber = billNumber;
        Revision = revision;
        DueDate = dueDate;
        Lines = lines;
        Principal = lines.Sum(l => l.Amount);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public Guid AssessmentId { get; private set; }
    public TaxKind Kind { get; private set; }
    public int Year { get; private set; }
    public Guid BillId { get; private set; }
    public string BillNumber { get; private set; } = "";
    /// <summary>The assessment's revision the bill was issued for.</summary>
    public int Revision { get; private set; }
    public DateOnly DueDate { get; private set; }
    public decimal Principal { get; private set; }
    public decimal Paid { get; internal set; }
    public bool Cancelled { get; internal set; }
    public DateTime? PaidAt { get; internal set; }
    public List<TaxBillLine> Lines { get; private set; } = [];

    public decimal Outstanding => Cancelled ? 0 : Principal - Paid;
}

/// <summary>A bill line by head (a land-use category, a signboard tax, a surcharge, a correction) and its amount.</summary>
public sealed record TaxBillLine(string Head, decimal Amount);
