using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Permits.PermitTypes;

/// <summary>
/// One kind of permit an LAO issues, with everything the Licensing Facilitation Act B.E. 2558 says the public must
/// be told: the documents, the fee, the decision deadline and the validity. The public service manual
/// (<see cref="ServiceManual"/>) is generated from these fields, so the manual and the workflow cannot disagree.
/// </summary>
public sealed class PermitType : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public const int MaxCodeLength = 30;

    private PermitType() { } // EF Core

    public PermitType(string code, PermitKind kind)
    {
        Code = code;
        Kind = kind;
    }

    public Guid TenantId { get; set; }

    /// <summary>Short, fixed once made: it is in every application's and permit's link ("food-notice").</summary>
    public string Code { get; private set; } = "";

    public PermitKind Kind { get; private set; }
    public string NameTh { get; set; } = "";
    public string NameEn { get; set; } = "";

    /// <summary>What the applicant fills in and what they receive, e.g. "ข.1" and "อ.1".</summary>
    public string? ApplicationForm { get; set; }
    public string CertificateNameTh { get; set; } = "";
    public string CertificateNameEn { get; set; } = "";

    /// <summary>The Act and section the permit is issued under, as printed on the manual and the certificate.</summary>
    public string LawTh { get; set; } = "";
    public string LawEn { get; set; } = "";

    /// <summary>How to appeal a refusal under that Act (to whom, within how long): printed on every rejection.</summary>
    public string AppealTh { get; set; } = "";
    public string AppealEn { get; set; } = "";

    /// <summary>Calendar days from a complete application to the decision (45 building, 30 licences, 7 notifications).</summary>
    public int DecisionDays { get; set; }

    /// <summary>How long a permit lasts, in months; null: until revoked (a building permit's work has its own terms).</summary>
    public int? ValidityMonths { get; set; }

    public bool InspectionRequired { get; set; }

    /// <summary>The applicant must give the floor area (m²): for a fee by area, or a type limited by size.</summary>
    public bool AreaRequired { get; set; }

    /// <summary>Only premises larger than this (m²) may use the type: food licences are for over 200 m².</summary>
    public decimal? AreaAbove { get; set; }

    /// <summary>Only premises of at most this (m²) may use the type: food notifications are for 200 m² or less.</summary>
    public decimal? AreaAtMost { get; set; }

    public FeeMode FeeMode { get; set; }
    public decimal FixedFee { get; set; }
    public decimal RatePerSquareMetre { get; set; }
    public decimal MinimumFee { get; set; }
    public decimal? MaximumFee { get; set; }
    public List<FeeCategory> FeeCategories { get; set; } = [];

    public List<RequiredDocument> Documents { get; set; } = [];
    public List<ExtraField> Fields { get; set; } = [];

    /// <summary>What the inspector checks on site, one line each.</summary>
    public List<string> Checklist { get; set; } = [];

    /// <summary>Inactive types take no new applications; their permits stay valid.</summary>
    public bool Active { get; set; } = true;

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public FeeSchedule Fee => new(FeeMode, FixedFee, RatePerSquareMetre, MinimumFee, MaximumFee, FeeCategories);

    public bool Renewable => ValidityMonths is not null;

    /// <summary>The last day a permit issued on <paramref name="from"/> is valid, or null when it does not expire.</summary>
    public DateOnly? ValidUntil(DateOnly from) => ValidityMonths is { } months ? from.AddMonths(months).AddDays(-1) : null;

    public string Name(bool thai) => thai ? NameTh : NameEn;

    public string CertificateName(bool thai) => thai ? CertificateNameTh : CertificateNameEn;
}
