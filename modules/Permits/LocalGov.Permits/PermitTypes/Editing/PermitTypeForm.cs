using System.Globalization;

namespace LocalGov.Permits.PermitTypes.Editing;

/// <summary>
/// What the permit-type form posts: every field as typed (numbers as text, so a bad one gets a clear message), and
/// the lists as text, one item per line (<see cref="PermitTypeLists"/> describes the line formats).
/// </summary>
public sealed class PermitTypeForm
{
    public string? Code { get; set; }
    public PermitKind Kind { get; set; } = PermitKind.Other;
    public string? NameTh { get; set; }
    public string? NameEn { get; set; }
    public string? ApplicationForm { get; set; }
    public string? CertificateNameTh { get; set; }
    public string? CertificateNameEn { get; set; }
    public string? LawTh { get; set; }
    public string? LawEn { get; set; }
    public string? AppealTh { get; set; }
    public string? AppealEn { get; set; }
    public string? DecisionDays { get; set; } = "30";
    public string? ValidityMonths { get; set; } = "12";
    public bool InspectionRequired { get; set; }
    public bool AreaRequired { get; set; }
    public string? AreaAbove { get; set; }
    public string? AreaAtMost { get; set; }
    public FeeMode FeeMode { get; set; }
    public string? FixedFee { get; set; } = "0";
    public string? RatePerSquareMetre { get; set; }
    public string? MinimumFee { get; set; }
    public string? MaximumFee { get; set; }
    public string? FeeCategories { get; set; }
    public string? Documents { get; set; }
    public string? Fields { get; set; }
    public string? Checklist { get; set; }
    public bool Active { get; set; } = true;
    public string? Stamp { get; set; }

    /// <summary>The form filled in from a saved type.</summary>
    public static PermitTypeForm From(PermitType type) => new()
    {
        Code = type.Code,
        Kind = type.Kind,
        NameTh = type.NameTh,
        NameEn = type.NameEn,
        ApplicationForm = type.ApplicationForm,
        CertificateNameTh = type.CertificateNameTh,
        CertificateNameEn = type.CertificateNameEn,
        LawTh = type.LawTh,
        LawEn = type.LawEn,
        AppealTh = type.AppealTh,
        AppealEn = type.AppealEn,
        DecisionDays = type.DecisionDays.ToString(CultureInfo.InvariantCulture),
        ValidityMonths = type.ValidityMonths?.ToString(CultureInfo.InvariantCulture),
        InspectionRequired = type.InspectionRequired,
        AreaRequired = type.AreaRequired,
        AreaAbove = Number(type.AreaAbove),
        AreaAtMost = Number(type.AreaAtMost),
        FeeMode = type.FeeMode,
        FixedFee = Number(type.FixedFee),
        RatePerSquareMetre = Number(type.RatePerSquareMetre),
        MinimumFee = Number(type.MinimumFee),
        MaximumFee = Number(type.MaximumFee),
        FeeCategories = PermitTypeLists.WriteCategories(type.FeeCategories),
        Documents = PermitTypeLists.WriteDocuments(type.Documents),
        Fields = PermitTypeLists.WriteFields(type.Fields),
        Checklist = string.Join('\n', type.Checklist),
        Active = type.Active,
        Stamp = type.ConcurrencyStamp,
    };

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
