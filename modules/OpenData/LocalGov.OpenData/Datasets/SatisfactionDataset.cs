using System.Globalization;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.OpenData;
using LocalGov.Platform.Satisfaction;

namespace LocalGov.OpenData.Datasets;

/// <summary>
/// Residents' satisfaction as DGA counts it (ADR 21), as the open dataset <c>{lao}-satisfaction</c>: one row per
/// month and service over the last 12 Bangkok months, read from the kernel's indicator (counts only, never an answer
/// or a comment). Every LAO publishes it, whatever modules it runs. The share and mean of a group of fewer than
/// <see cref="SmallGroups.Minimum"/> answers are left empty: one resident's rating is not published.
/// </summary>
internal sealed class SatisfactionDataset(ISatisfactionIndicator indicator, ICurrentTenant currentTenant) : IOpenDataset
{
    private const int Months = 12;

    public string? Feature => null;
    public string Slug => "satisfaction";
    public LocalizedText Title => new("ความพึงพอใจของผู้รับบริการ", "Residents' satisfaction with services");

    public LocalizedText Description => new(
        "จำนวนผู้ให้คะแนนความพึงพอใจ (1–5) หลังได้รับบริการ รายเดือนและรายบริการ ย้อนหลัง 12 เดือน ร้อยละที่ให้ 4–5 คะแนน และคะแนนเฉลี่ย เทียบเป้าหมายร้อยละ 80 ไม่มีข้อมูลส่วนบุคคลหรือความเห็นของผู้ตอบ",
        "Residents who rated a completed service (1–5), per month and service over the last 12 months: the share rating 4 or 5 and the mean, against the 80 % target. No personal data and no comments.");

    public IReadOnlyList<string> Tags => ["ความพึงพอใจ", "satisfaction", "ตัวชี้วัด", "indicator"];
    public UpdateFrequency Frequency => UpdateFrequency.Monthly;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("month", OpenDataType.Text, new("เดือน (ปี ค.ศ.-เดือน)", "Month (YYYY-MM)")),
        new("module", OpenDataType.Text, new("ระบบงาน", "Module")),
        new("service_type", OpenDataType.Text, new("รหัสบริการ", "Service code")),
        new("service_name_th", OpenDataType.Text, new("ชื่อบริการ (ไทย)", "Service name (Thai)")),
        new("service_name_en", OpenDataType.Text, new("ชื่อบริการ (อังกฤษ)", "Service name (English)")),
        new("answers", OpenDataType.Integer, new("จำนวนผู้ให้คะแนน", "Ratings given")),
        new("satisfied", OpenDataType.Integer, new("จำนวนที่ให้ 4–5 คะแนน", "Ratings of 4 or 5")),
        new("percent_satisfied", OpenDataType.Decimal, new("ร้อยละที่ให้ 4–5 คะแนน", "Per cent rating 4 or 5")),
        new("mean_rating", OpenDataType.Decimal, new("คะแนนเฉลี่ย (1–5)", "Mean rating (1–5)")),
        new("target_percent", OpenDataType.Decimal, new("เป้าหมาย (ร้อยละ)", "Target (per cent)")),
    ];

    public (DateOnly From, DateOnly To) Coverage(DateOnly today) =>
        (new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months), today);

    public async Task<IReadOnlyList<object?[]>> ReadAsync(CancellationToken cancellationToken)
    {
        if (currentTenant.Id is not { } tenantId)
        {
            return [];
        }
        var to = DateOnly.ParseExact(indicator.CurrentMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = to.AddMonths(1 - Months).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var rows = await indicator.RowsAsync([tenantId], from, indicator.CurrentMonth, cancellationToken);
        return [.. rows.OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.Module, StringComparer.Ordinal).ThenBy(r => r.ServiceType, StringComparer.Ordinal)
            .Select(r => new object?[]
            {
                r.Month, r.Module, r.ServiceType, r.ServiceTh, r.ServiceEn, r.Figures.Answers, r.Figures.Satisfied,
                SmallGroups.Guard(r.Figures.Answers, Round(r.Figures.SharePercent, 1)), SmallGroups.Guard(r.Figures.Answers, Round(r.Figures.Mean, 2)),
                (decimal)SatisfactionScale.TargetPercent,
            })];
    }

    private static decimal? Round(double? value, int decimals) => value is { } v ? Math.Round((decimal)v, decimals, MidpointRounding.AwayFromZero) : null;
}
