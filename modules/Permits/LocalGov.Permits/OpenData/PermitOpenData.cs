using LocalGov.Permits.Publishing;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Statistics;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.OpenData;
using LocalGov.Platform.Timing;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.OpenData;

/// <summary>
/// Permit decisions against the law's deadline, as the open dataset <c>{lao}-permit-decisions</c>: the statistics
/// page's figures (<see cref="PermitStatistics"/>) for the previous and the current Thai fiscal year, one row per
/// fiscal year and permit type, with the days the law gives for each type.
/// </summary>
internal sealed class PermitDecisionsDataset(PermitStatistics statistics, LocalGovDbContext db, TimeProvider clock) : IOpenDataset
{
    public string Feature => PermitsModule.FeatureName;
    public string Slug => "permit-decisions";
    public LocalizedText Title => new("การพิจารณาคำขออนุญาตภายในเวลาที่กฎหมายกำหนด", "Permit decisions within the legal time");

    public LocalizedText Description => new(
        "จำนวนคำขออนุญาตที่รับ อนุมัติ และไม่อนุมัติ แยกตามประเภทใบอนุญาตและปีงบประมาณ (ปีก่อนและปีปัจจุบัน) จำนวนและร้อยละที่พิจารณาเสร็จภายในเวลาที่กฎหมายกำหนด มัธยฐานวันจนพิจารณาเสร็จ และใบอนุญาตที่ออก ตาม พ.ร.บ.การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558 ไม่มีข้อมูลส่วนบุคคล",
        "Permit applications received, approved and rejected by permit type and Thai fiscal year (the previous and the current one), how many were decided within the time the law allows (Licensing Facilitation Act 2015), the median days to a decision, and permits issued. No personal data.");

    public IReadOnlyList<string> Tags => ["ใบอนุญาต", "permits", "การอำนวยความสะดวก", "licensing facilitation"];
    public UpdateFrequency Frequency => UpdateFrequency.Monthly;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("fiscal_year", OpenDataType.Integer, new("ปีงบประมาณ (พ.ศ.)", "Fiscal year (Buddhist Era)")),
        new("permit_type_code", OpenDataType.Text, new("รหัสประเภทใบอนุญาต (all = ทุกประเภท)", "Permit type code (all = every type)")),
        new("permit_type_name_th", OpenDataType.Text, new("ชื่อประเภท (ไทย)", "Permit type (Thai)")),
        new("permit_type_name_en", OpenDataType.Text, new("ชื่อประเภท (อังกฤษ)", "Permit type (English)")),
        new("legal_days", OpenDataType.Integer, new("ระยะเวลาพิจารณาตามกฎหมาย (วัน)", "Days the law allows for a decision")),
        new("received", OpenDataType.Integer, new("รับคำขอ", "Applications received")),
        new("approved", OpenDataType.Integer, new("อนุมัติ", "Approved")),
        new("rejected", OpenDataType.Integer, new("ไม่อนุมัติ", "Rejected")),
        new("decided_within_legal_time", OpenDataType.Integer, new("พิจารณาเสร็จภายในเวลาที่กฎหมายกำหนด", "Decided within the legal time")),
        new("percent_within_legal_time", OpenDataType.Decimal, new("ร้อยละที่พิจารณาเสร็จภายในเวลา", "Per cent decided within the legal time")),
        new("median_days_to_decision", OpenDataType.Decimal, new("มัธยฐานวันจนพิจารณาเสร็จ", "Median days to a decision")),
        new("permits_issued", OpenDataType.Integer, new("ใบอนุญาตที่ออก", "Permits issued")),
    ];

    public (DateOnly From, DateOnly To) Coverage(DateOnly today) =>
        (StatsRange.FiscalYearOf(today).From.AddYears(-1), today);

    public async Task<IReadOnlyList<object?[]>> ReadAsync(CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        var legalDays = await db.Set<PermitType>().AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.DecisionDays, cancellationToken);
        var current = StatsRange.FiscalYearOf(today);
        var rows = new List<object?[]>();
        foreach (var range in new[] { StatsRange.FiscalYearOf(current.From.AddDays(-1)), current })
        {
            var report = await statistics.ComputeAsync(range, cancellationToken);
            var year = ThaiFiscalYear.Of(range.From).BuddhistYear;
            rows.Add(Row(year, "all", new("ทุกประเภท", "All types"), null, report.Total));
            rows.AddRange(report.Types.Select(t => Row(year, t.Code, t.Name, legalDays.GetValueOrDefault(t.Code), t.Figures)));
        }
        return rows;
    }

    private static object?[] Row(int year, string code, LocalizedText name, int? legalDays, TypeFigures f) =>
    [
        year, code, name.Th, name.En, legalDays, f.Received, f.Approved, f.Rejected, f.DecidedInTime,
        f.InTimeShare is { } share ? Math.Round(share, 1, MidpointRounding.AwayFromZero) : null, f.MedianDays, f.PermitsIssued,
    ];
}

/// <summary>Each active permit type as a service: its manual page (fee, legal time, documents) and its online form.</summary>
internal sealed class PermitServices(LocalGovDbContext db) : IPublicServiceSource
{
    public string Feature => PermitsModule.FeatureName;

    public async Task<IReadOnlyList<PublicService>> ListAsync(CancellationToken cancellationToken)
    {
        var types = await db.Set<PermitType>().AsNoTracking().Where(t => t.Active).OrderBy(t => t.Code).ToListAsync(cancellationToken);
        return [.. types.Select(t => new PublicService(
            "permits." + t.Code,
            new(t.NameTh, t.NameEn),
            new($"ยื่นคำขอ{t.NameTh}ทางออนไลน์หรือที่สำนักงาน ได้รับ{t.CertificateNameTh} ตาม {t.LawTh}",
                $"Apply online or at the office for the {t.CertificateNameEn}, under {t.LawEn}."),
            $"/permits/{Uri.EscapeDataString(t.Code)}",
            ServiceManual.FeeSummary(t),
            t.FeeMode == FeeMode.Fixed ? Math.Max(0, t.FixedFee) : null,
            t.DecisionDays,
            $"/permits/{Uri.EscapeDataString(t.Code)}/apply"))];
    }
}
