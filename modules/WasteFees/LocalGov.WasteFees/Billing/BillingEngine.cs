using LocalGov.Payments.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Observability;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Billing;

/// <summary>
/// Bills one month for one LAO. Each batch of points is one transaction: their bills (through Payments), their
/// charges and the run's progress commit together or not at all. A batch bills only the points with no charge for
/// the month yet, so a run cut short at any moment, re-run, bills exactly the points it had not billed; the unique
/// (point, month) index stops two runs from ever billing a point twice.
/// </summary>
public sealed class BillingEngine(
    LocalGovDbContext db,
    IBilling billing,
    ISettingProvider settings,
    IPersonalDataVault vault,
    IAuditScope audit,
    TimeProvider clock)
{
    public const string ModuleName = "WasteFees";
    public const string CollectionHead = "WASTE-COLLECTION";
    public const string DisposalHead = "WASTE-DISPOSAL";
    /// <summary>The <c>kind</c> label of this run's progress metrics and the name of its span.</summary>
    public const string RunKind = "wastefees.billing";

    /// <summary>
    /// Claims the period's run for this caller: creates it, or takes over one that completed, stopped or died. A run
    /// alive elsewhere is a 409.
    /// </summary>
    public async Task<BillingRun> ClaimAsync(BillingPeriod period, string startedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var run = await db.Set<BillingRun>().SingleOrDefaultAsync(r => r.Period == period.Key, cancellationToken);
        if (run is null)
        {
            var billingDate = await BillingDateAsync(period, cancellationToken);
            var dueDate = billingDate.AddDays(await WasteFeesSettings.DueDaysAsync(settings, cancellationToken));
            run = new BillingRun(period, billingDate, dueDate, startedBy, now);
            db.Add(run);
        }
        else if (run.IsAlive(now))
        {
            throw AlreadyRunning(period);
        }
        else
        {
            run.Start(startedBy, now);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // another node claimed it between our read and our write (a unique period, or a changed heartbeat)
            db.ChangeTracker.Clear();
            throw AlreadyRunning(period);
        }
        audit.AddAction("WasteFees.BillingRun", $"{period} by {startedBy}");
        return run;
    }

    /// <summary>The billing date of a period: the LAO's billing day of that month.</summary>
    public async Task<DateOnly> BillingDateAsync(BillingPeriod period, CancellationToken cancellationToken) =>
        new(period.Year, period.Month, await WasteFeesSettings.BillingDayAsync(settings, cancellationToken));

    /// <summary>Bills every point of the run's period that has no charge for it yet, batch by batch.</summary>
    public async Task<BillingRun> ExecuteAsync(Guid runId, int? batchSize = null, IProgress<BillingRun>? progress = null,
        CancellationToken cancellationToken = default)
    {
        using var quiet = audit.PauseEntityChanges();
        var run = await db.Set<BillingRun>().SingleAsync(r => r.Id == runId, cancellationToken);
        var attempt = run.Attempts;
        using var tracked = RunProgress.Begin(RunKind, run.Id, run.TenantId); // the progress gauges and a span
        try
        {
            var period = run.BillingPeriod;
            // points may have just been imported: the batches' range reads want the planner's statistics current
            await db.RefreshStatisticsAsync([typeof(ServicePoint), typeof(WasteCharge)], cancellationToken);
            var classes = await db.Set<FeeClass>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
            // the points this month already has a charge for (earlier attempts, prepayments), read once: a set of
            // ids is small (1.6 MB for 100,000) and a per-batch look-up depended on the database's plan of the day
            var charged = (await db.Set<WasteCharge>().Where(c => c.Period == period.Key).Select(c => c.ServicePointId)
                .ToListAsync(cancellationToken)).ToHashSet();
            run.Plan(charged.Count, await Served(db, period).CountAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            progress?.Report(run);
            tracked.Report(run.Done, run.Total);
            await using var held = await db.HoldForBulkRunAsync(cancellationToken);

            // walk the served points in account order, leaving out those a charge already covers; the unique
            // (point, month) index refuses a batch if another run charged one of its points meanwhile
            var after = "";
            var width = batchSize ?? db.Engine.BulkBatchRows;
            while (true)
            {
                var batch = await Served(db, period)
                    .Where(p => string.Compare(p.AccountNo, after) > 0)
                    .OrderBy(p => p.AccountNo)
                    .Take(width)
                    .AsNoTracking()
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }
                after = batch[^1].AccountNo;
                var unbilled = batch.Where(p => !charged.Contains(p.Id)).ToList();
                if (unbilled.Count > 0)
                {
                    await BillBatchAsync(run, period, unbilled, classes, cancellationToken);
                    progress?.Report(run);
                    tracked.Report(run.Done, run.Total);
                }
            }
            run.Complete(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
            progress?.Report(run);
            return run;
        }
        catch (Exception ex)
        {
            tracked.Fail(ex);
            await StopAsync(runId, attempt, ex is OperationCanceledException ? "Interrupted" : ex.Message);
            throw;
        }
    }

    private async Task BillBatchAsync(BillingRun run, BillingPeriod period, List<ServicePoint> batch,
        Dictionary<Guid, FeeClass> classes, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var charges = new List<WasteCharge>(batch.Count);
        var requests = new List<IssueBillRequest>(batch.Count);
        var billed = new List<WasteCharge>(batch.Count);
        int exempt = 0, nothing = 0;
        foreach (var point in batch)
        {
            var feeClass = classes[point.FeeClassId];
            var fee = MonthlyFee.For(period, point, feeClass);
            var charge = new WasteCharge(point.Id, fee, ChargeKind.Monthly, point.Zone, point.Route, feeClass.Code, fee.Total,
                fee.Total > 0 ? run.DueDate : null);
            charges.Add(charge);
            if (fee.Total > 0)
            {
                requests.Add(new IssueBillRequest(Payer(point), new BillSource(ModuleName, $"{point.AccountNo}/{period}"),
                    Lines(fee, period), run.DueDate, PenaltyPolicy.None));
                billed.Add(charge);
            }
            else if (fee.Exempt)
            {
                exempt++;
            }
            else
            {
                nothing++;
            }
        }
        var bills = await billing.IssueManyAsync(requests, cancellationToken);
        for (var i = 0; i < bills.Count; i++)
        {
            billed[i].AttachBill(bills[i].Id, bills[i].Number);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await db.InsertManyAsync(charges, run.StartedBy, now, cancellationToken);
        run.Progress(billed.Count, exempt, nothing, billed.Sum(c => c.Amount), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Points served at least one day of the month.</summary>
    public static IQueryable<ServicePoint> Served(LocalGovDbContext db, BillingPeriod period)
    {
        var first = period.First;
        var last = period.Last;
        return db.Set<ServicePoint>().Where(p => p.StartDate <= last && (p.StopDate == null || p.StopDate >= first));
    }

    internal BillPayer Payer(ServicePoint point) => new(point.PayerName, point.AccountNo, point.PayerEmail, point.PayerUserId,
        point.PayerIdCipher is { } cipher ? vault.Unprotect(cipher) : null);

    /// <summary>One line for collection and one for disposal, each naming the month and, when prorated, the days.</summary>
    internal static List<BillLineRequest> Lines(MonthlyFee fee, BillingPeriod period)
    {
        var prorated = fee.BillableDays != period.Days;
        var daysTh = prorated ? $" ({fee.BillableDays}/{period.Days} วัน)" : "";
        var daysEn = prorated ? $" ({fee.BillableDays}/{period.Days} days)" : "";
        var lines = new List<BillLineRequest>(2);
        if (fee.Collection > 0)
        {
            lines.Add(new(CollectionHead, $"ค่าเก็บและขนมูลฝอย {period.Name(true)}{daysTh}", fee.Collection)
            {
                DescriptionEn = $"Waste collection {period.Name(false)}{daysEn}",
            });
        }
        if (fee.Disposal > 0)
        {
            lines.Add(new(DisposalHead, $"ค่ากำจัดมูลฝอย {period.Name(true)}{daysTh}", fee.Disposal)
            {
                DescriptionEn = $"Waste disposal {period.Name(false)}{daysEn}",
            });
        }
        return lines;
    }

    /// <summary>Marks this attempt stopped, unless another has taken the run over meanwhile.</summary>
    private async Task StopAsync(Guid runId, int attempt, string error)
    {
        db.ChangeTracker.Clear();
        var run = await db.Set<BillingRun>().SingleOrDefaultAsync(r => r.Id == runId, CancellationToken.None);
        if (run is { Status: BillingRunStatus.Running } && run.Attempts == attempt)
        {
            run.Stop(error, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    private static BusinessRuleException AlreadyRunning(BillingPeriod period) => new(new LocalizedText(
        $"กำลังออกใบแจ้งหนี้เดือน {period.Name(true)} อยู่แล้ว รอให้เสร็จก่อน",
        $"The {period.Name(false)} billing run is already under way; wait for it to finish."), "period", 409);
}
