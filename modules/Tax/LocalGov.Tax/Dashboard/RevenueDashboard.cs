using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Rates;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Dashboard;

/// <summary>A row of the dashboard: a land-use category, a correction, the signboard tax or its surcharge.</summary>
public sealed record RevenueCategory(string Head, LocalizedText Name, decimal Assessed, decimal Collected)
{
    public decimal Outstanding => Assessed - Collected;

    /// <summary>Collected as a percentage of assessed, one decimal; null when nothing was assessed.</summary>
    public decimal? Rate => Assessed == 0 ? null : Math.Round(Collected * 100m / Assessed, 1, MidpointRounding.AwayFromZero);
}

/// <summary>A tax year's figures: principal assessed (billed, bills not cancelled) against principal collected, by head.</summary>
public sealed record RevenueSummary(int Year, IReadOnlyList<RevenueCategory> Categories, int LandBuildingAssessments, int SignboardAssessments,
    int NoticesWithoutEmail, int ArrearsCount, decimal ArrearsOutstanding)
{
    public RevenueCategory Total => new("total", new("รวม", "Total"), Categories.Sum(c => c.Assessed), Categories.Sum(c => c.Collected));
}

/// <summary>An assessment past its due date and not paid in full.</summary>
public sealed record ArrearsRow(string Number, TaxKind Kind, string PayerCode, string PayerName, DateOnly DueDate, decimal Outstanding,
    DateOnly? WarningIssuedOn, DateOnly? WarningDeadline);

/// <summary>
/// The revenue dashboard's figures for one tax year. A bill's lines are its heads (a land-use category, a
/// correction, the signboard tax, the filing surcharge); what was paid of a bill is counted against its lines in
/// line order, the order Payments applies a payment to them, so a part-paid bill pays its first heads first.
/// </summary>
public sealed class RevenueDashboard(LocalGovDbContext db)
{
    /// <summary>The heads in the order the dashboard lists them; any other head follows, as written.</summary>
    public static readonly IReadOnlyList<string> KnownHeads =
        [.. LandUses.All.Select(u => u.Head()), Adjustment(TaxKind.LandBuilding), AssessmentBilling.SignboardHead, AssessmentBilling.SignSurchargeHead,
            Adjustment(TaxKind.Signboard)];

    public static string Adjustment(TaxKind kind) => kind == TaxKind.LandBuilding ? "LBT-ADJUST" : "SBT-ADJUST";

    public static LocalizedText HeadName(string head)
    {
        if (LandUses.FromHead(head) is { } use)
        {
            return use.Name();
        }
        return head switch
        {
            "LBT-ADJUST" => new("ส่วนต่างจากการประเมินแก้ไข (ที่ดินและสิ่งปลูกสร้าง)", "Corrections (land and building)"),
            "SBT-ADJUST" => new("ส่วนต่างจากการประเมินแก้ไข (ป้าย)", "Corrections (signboards)"),
            AssessmentBilling.SignboardHead => new("ภาษีป้าย", "Signboard tax"),
            AssessmentBilling.SignSurchargeHead => new("เงินเพิ่มกรณียื่นแบบป้ายเกินกำหนดหรือไม่ยื่น", "Signboard filing surcharge"),
            _ => new(head, head),
        };
    }

    /// <summary>What each line of a bill has been paid: <paramref name="paid"/> applied to the lines in order.</summary>
    public static decimal[] Apportion(IReadOnlyList<TaxBillLine> lines, decimal paid)
    {
        var shares = new decimal[lines.Count];
        var left = paid;
        for (var i = 0; i < lines.Count && left > 0; i++)
        {
            shares[i] = Math.Min(Math.Max(0, lines[i].Amount), left);
            left -= shares[i];
        }
        return shares;
    }

    /// <summary>Years with assessments, newest first, always with <paramref name="current"/>.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(int current, CancellationToken cancellationToken)
    {
        var years = await db.Set<TaxAssessment>().Select(a => a.Year).Distinct().ToListAsync(cancellationToken);
        return [.. years.Append(current).Distinct().OrderDescending()];
    }

    public async Task<RevenueSummary> SummarizeAsync(int year, DateOnly today, CancellationToken cancellationToken)
    {
        var assessed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var collected = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var bills = db.Set<TaxBill>().AsNoTracking().Where(b => b.Year == year && !b.Cancelled).Select(b => new { b.Lines, b.Paid })
            .AsAsyncEnumerable();
        await foreach (var bill in bills.WithCancellation(cancellationToken))
        {
            var shares = Apportion(bill.Lines, bill.Paid);
            for (var i = 0; i < bill.Lines.Count; i++)
            {
                var head = bill.Lines[i].Head;
                assessed[head] = assessed.GetValueOrDefault(head) + bill.Lines[i].Amount;
                collected[head] = collected.GetValueOrDefault(head) + shares[i];
            }
        }
        var heads = KnownHeads.Concat(assessed.Keys.Where(h => !KnownHeads.Contains(h)).Order(StringComparer.Ordinal));
        var categories = heads.Select(h => new RevenueCategory(h, HeadName(h), assessed.GetValueOrDefault(h), collected.GetValueOrDefault(h))).ToList();

        var ofYear = db.Set<TaxAssessment>().Where(a => a.Year == year);
        var counts = await ofYear.GroupBy(a => a.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var letters = await ofYear.CountAsync(a => a.NotifiedAt == null, cancellationToken);
        var arrears = Overdue(year, today);
        var arrearsCount = await arrears.CountAsync(cancellationToken);
        // SQLite cannot sum decimals in SQL: the figures come back and are added here
        var owed = (await arrears.Select(a => new { a.Billed, a.Paid }).ToListAsync(cancellationToken)).Sum(a => a.Billed - a.Paid);
        return new RevenueSummary(year, categories,
            counts.SingleOrDefault(c => c.Kind == TaxKind.LandBuilding)?.Count ?? 0,
            counts.SingleOrDefault(c => c.Kind == TaxKind.Signboard)?.Count ?? 0,
            letters, arrearsCount, owed);
    }

    /// <summary>Assessments of the year past their due date with principal still unpaid.</summary>
    private IQueryable<TaxAssessment> Overdue(int year, DateOnly today) =>
        db.Set<TaxAssessment>().Where(a => a.Year == year && a.DueDate < today && a.Paid < a.Billed);

    private IQueryable<ArrearsRow> Arrears(int year, DateOnly today) =>
        from a in Overdue(year, today)
        join p in db.Set<Registry.TaxPayer>() on a.PayerId equals p.Id
        // SQLite cannot order by a decimal; a double orders baht amounts the same
        orderby (double)(a.Billed - a.Paid) descending, a.Number
        select new ArrearsRow(a.Number, a.Kind, p.Code, a.PayerName, a.DueDate, a.Billed - a.Paid, a.WarningIssuedOn, a.WarningDeadline);

    public async Task<IReadOnlyList<ArrearsRow>> ArrearsPageAsync(int year, DateOnly today, int page, int pageSize, CancellationToken cancellationToken) =>
        await Arrears(year, today).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);

    public IAsyncEnumerable<ArrearsRow> AllArrearsAsync(int year, DateOnly today) => Arrears(year, today).AsAsyncEnumerable();

    public Task<int> CountArrearsAsync(int year, DateOnly today, CancellationToken cancellationToken) =>
        Overdue(year, today).CountAsync(cancellationToken);
}
