using LocalGov.Complaints.Publishing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.OpenData;

namespace LocalGov.Complaints.OpenData;

/// <summary>
/// The public statistics page's figures (<see cref="ComplaintStatistics"/>: the last 12 Bangkok months, public
/// categories only) as the open dataset <c>{lao}-complaint-statistics</c>: one row per month for all categories
/// together and one per month and category. The same columns as /complaints/stats.csv, without the LAO code the
/// catalogue adds itself.
/// </summary>
internal sealed class ComplaintStatisticsDataset(ComplaintStatistics statistics) : IOpenDataset
{
    public string Feature => ComplaintsModule.FeatureName;
    public string Slug => "complaint-statistics";
    public LocalizedText Title => new("สถิติเรื่องร้องเรียน", "Complaint statistics");

    public LocalizedText Description => new(
        "จำนวนเรื่องร้องเรียนที่รับและแก้ไขแล้วรายเดือนย้อนหลัง 12 เดือน แยกตามประเภท เวลามัธยฐานจนแก้ไขเสร็จ สัดส่วนที่แก้ไขทันกำหนด และคะแนนความพึงพอใจเฉลี่ย ไม่รวมเรื่องประเภทลับและไม่มีข้อมูลส่วนบุคคล",
        "Complaints received and resolved each month over the last 12 months, by category: median hours to resolve, share resolved within the service level, and the average rating. Confidential categories are left out; no personal data.");

    public IReadOnlyList<string> Tags => ["เรื่องร้องเรียน", "complaints", "สถิติ", "statistics"];
    public UpdateFrequency Frequency => UpdateFrequency.Monthly;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("month", OpenDataType.Text, new("เดือน (ปี ค.ศ.-เดือน)", "Month (YYYY-MM)")),
        new("category_code", OpenDataType.Text, new("รหัสประเภท (all = ทุกประเภท)", "Category code (all = every category)")),
        new("category_name_th", OpenDataType.Text, new("ชื่อประเภท (ไทย)", "Category name (Thai)")),
        new("category_name_en", OpenDataType.Text, new("ชื่อประเภท (อังกฤษ)", "Category name (English)")),
        new("received", OpenDataType.Integer, new("รับเรื่อง", "Received")),
        new("resolved", OpenDataType.Integer, new("แก้ไขแล้ว", "Resolved")),
        new("median_hours_to_resolve", OpenDataType.Decimal, new("มัธยฐานชั่วโมงจนแก้ไขเสร็จ", "Median hours to resolve")),
        new("resolved_within_sla", OpenDataType.Integer, new("แก้ไขทันกำหนด", "Resolved within the service level")),
        new("percent_within_sla", OpenDataType.Decimal, new("ร้อยละที่แก้ไขทันกำหนด", "Per cent resolved within the service level")),
        new("rated", OpenDataType.Integer, new("จำนวนที่ให้คะแนน", "Ratings given")),
        new("average_rating", OpenDataType.Decimal, new("คะแนนเฉลี่ย (1–5)", "Average rating (1–5)")),
    ];

    public (DateOnly From, DateOnly To) Coverage(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - ComplaintStatistics.MonthCount);
        return (first, today);
    }

    public async Task<IReadOnlyList<object?[]>> ReadAsync(CancellationToken cancellationToken)
    {
        var report = await statistics.LastMonthsAsync(cancellationToken);
        var rows = new List<object?[]>();
        foreach (var month in report.Months)
        {
            rows.Add(Row(month, StatisticsCsv.All, new("ทุกประเภท", "All categories")));
            foreach (var category in report.Categories)
            {
                rows.Add(Row(category.Months.Single(m => m.Month == month.Month), category.Code, category.Name));
            }
        }
        return rows;
    }

    private static object?[] Row(MonthFigures month, string code, LocalizedText name)
    {
        var f = month.Figures;
        return
        [
            month.Month.Key, code, name.Th, name.En, f.Received, f.Resolved, Round(f.MedianHoursToResolve, 1), f.ResolvedWithinSla,
            Round(f.ShareWithinSla, 1), f.Rated, Round(f.AverageRating, 2),
        ];
    }

    private static double? Round(double? value, int decimals) => value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
}

/// <summary>Reporting a problem and following it up, for the LAO's service catalogue.</summary>
internal sealed class ComplaintServices : IPublicServiceSource
{
    public string Feature => ComplaintsModule.FeatureName;

    public Task<IReadOnlyList<PublicService>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<PublicService>>(
    [
        new("complaints.report", new("แจ้งเรื่องร้องเรียน", "Report a problem"),
            new("แจ้งปัญหาในพื้นที่ (ถนน ไฟฟ้า ขยะ น้ำ ฯลฯ) พร้อมรูปถ่ายและตำแหน่งบนแผนที่ ติดตามความคืบหน้าได้ด้วยรหัสติดตาม",
                "Report a local problem (roads, lights, rubbish, water…) with a photo and a map pin; follow it with the tracking code."),
            "/complaints/new", new("ไม่มีค่าธรรมเนียม", "No fee"), 0m, null),
        new("complaints.track", new("ติดตามเรื่องร้องเรียน", "Track a complaint"),
            new("ดูสถานะและคำตอบของเรื่องที่แจ้งด้วยรหัสติดตาม", "See the status and answers of a complaint by its tracking code."),
            "/complaints/track", new("ไม่มีค่าธรรมเนียม", "No fee"), 0m, null),
    ]);
}
