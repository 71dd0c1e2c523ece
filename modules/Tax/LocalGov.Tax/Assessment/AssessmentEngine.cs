using LocalGov.Payments.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Observability;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Tax.Assessment;

/// <summary>
/// The annual land-and-building assessment of an LAO. Owners are taken in batches in taxpayer-number order; each
/// batch is one transaction in which the assessments, their notice numbers, their bills (through Payments) and the
/// run's progress commit together or not at all. Owners already assessed for the year are left out, so a run cut
/// short, started again, assesses exactly those it had not; the unique (owner, year) index stops two runs from
/// ever assessing one owner twice. An owner whose property cannot be valued is skipped with the reason.
/// </summary>
public sealed class AssessmentEngine(
    LocalGovDbContext db,
    IBilling billing,
    AssessmentBilling bills,
    TaxRates taxRates,
    INumberingService numbers,
    Notifications.TaxMail mail,
    IAuditScope audit,
    TimeProvider clock,
    IServiceScopeFactory scopes)
{
    public const string NumberSequence = "LBT";

    public async Task<AssessmentRun> ClaimAsync(int year, string startedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var run = await db.Set<AssessmentRun>().SingleOrDefaultAsync(r => r.Year == year, cancellationToken);
        if (run is null)
        {
            run = new AssessmentRun(year, BangkokTime.Today(clock), startedBy, now);
            db.Add(run);
        }
        else if (run.IsAlive(now))
        {
            throw AlreadyRunning(year);
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
            db.ChangeTracker.Clear();
            throw AlreadyRunning(year);
        }
        audit.AddAction("Tax.AssessmentRun", $"{year} by {startedBy}");
        return run;
    }

    /// <summary>Owners with at least one active property: the roll the run works through.</summary>
    private IQueryable<TaxPayer> Roll() => db.Set<TaxPayer>().Where(p =>
        db.Set<PropertyOwner>().Any(o => o.PayerId == p.Id && db.Set<TaxProperty>().Any(t => t.Id == o.PropertyId && t.Active)));

    /// <summary>The <c>kind</c> label of this run's progress metrics and the name of its span.</summary>
    public const string RunKind = "tax.assessment";

    public async Task<AssessmentRun> ExecuteAsync(Guid runId, int? batchSize = null, CancellationToken cancellationToken = default)
    {
        using var quiet = audit.PauseEntityChanges();
        var run = await db.Set<AssessmentRun>().SingleAsync(r => r.Id == runId, cancellationToken);
        var attempt = run.Attempts;
        using var tracked = RunProgress.Begin(RunKind, run.Id, run.TenantId); // the progress gauges and a span
        try
        {
            var year = run.Year;
            // the register may have just been imported: without fresh statistics a batch's joins can walk every owner
            await db.RefreshStatisticsAsync([typeof(TaxPayer), typeof(PropertyOwner), typeof(TaxProperty), typeof(TaxAssessment)], cancellationToken);
            var rates = await taxRates.ForYearAsync(year, cancellationToken);
            var prices = await LandBuildingRoll.PricesAsync(db, cancellationToken);
            var assessed = (await db.Set<TaxAssessment>()
                .Where(a => a.Kind == TaxKind.LandBuilding && a.Year == year && a.Subject == TaxAssessment.LandBuildingSubject)
                .Select(a => a.PayerId).ToListAsync(cancellationToken)).ToHashSet();
            // the roll is read once, keeping only where each batch of taxpayer numbers starts and ends; each batch then
            // comes back with its holdings in one query over that range
            var width = batchSize ?? db.Engine.BulkBatchRows;
            var ranges = new List<(string First, string Last)>();
            var owners = 0;
            string? first = null, previous = null;
            await foreach (var code in Roll().OrderBy(p => p.Code).Select(p => p.Code).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                first ??= code;
                previous = code;
                if (++owners % width == 0)
                {
                    ranges.Add((first, code));
                    first = null;
                }
            }
            if (first is not null)
            {
                ranges.Add((first, previous!));
            }
            run.Plan(assessed.Count, owners);
            await db.SaveChangesAsync(cancellationToken);
            tracked.Report(run.Done, run.Total);

            var dueDate = TaxTimeline.LandDueDate(rates, run.NoticeDate);
            await using var held = await db.HoldForBulkRunAsync(cancellationToken);
            // two connections, two cores: while this context writes one batch, a second one (its own scope, the same
            // LAO) reads and computes the next; the next batch's owners are not touched by this one's writes
            await using var readerScope = scopes.CreateAsyncScope();
            var reader = readerScope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            Task<PreparedBatch>? next = null;
            try
            {
                for (var i = 0; i < ranges.Count; i++)
                {
                    var current = i == 0 ? await PrepareAsync(reader, ranges[i], assessed, prices, rates, year, run.NoticeDate, dueDate, cancellationToken) : await next!;
                    if (i + 1 < ranges.Count)
                    {
                        var ahead = ranges[i + 1];
                        next = Task.Run(() => PrepareAsync(reader, ahead, assessed, prices, rates, year, run.NoticeDate, dueDate, cancellationToken), cancellationToken);
                    }
                    else
                    {
                        next = null;
                    }
                    if (current.Owners.Count > 0 || current.Problems.Count > 0)
                    {
                        await AssessBatchAsync(run, current, dueDate, cancellationToken);
                        tracked.Report(run.Done, run.Total);
                    }
                }
            }
            finally
            {
                if (next is not null)
                {
                    // a failed batch stops the run; let the read ahead finish before its context goes
                    await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                }
            }
            run.Complete(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
            return run;
        }
        catch (Exception ex)
        {
            tracked.Fail(ex);
            await StopAsync(runId, attempt, ex is OperationCanceledException ? "Interrupted" : ex.Message);
            throw;
        }
    }

    /// <summary>
    /// One batch read and computed, not yet written: each owner's assessment (all but its notice number, which is
    /// taken when it is written) with its bill lines, and the owners that could not be valued.
    /// </summary>
    private sealed record PreparedBatch(List<PreparedOwner> Owners, List<RunProblem> Problems);

    private sealed record PreparedOwner(ITaxpayer Payer, TaxAssessment Assessment, List<TaxBillLine> Lines);

    private static async Task<PreparedBatch> PrepareAsync(LocalGovDbContext reader, (string First, string Last) range, HashSet<Guid> assessed,
        PriceBook prices, ScheduleRates rates, int year, DateOnly noticeDate, DateOnly dueDate, CancellationToken cancellationToken)
    {
        var (payers, holdings) = await LandBuildingRoll.RangeAsync(reader, range.First, range.Last, cancellationToken);
        var owners = new List<PreparedOwner>(payers.Count);
        var problems = new List<RunProblem>();
        foreach (var payer in payers.Where(p => !assessed.Contains(p.Id)))
        {
            try
            {
                var tax = LandBuildingRoll.Compute(payer, holdings[payer.Id], prices, rates, year);
                var assessment = new TaxAssessment(TaxKind.LandBuilding, year, "", payer, TaxAssessment.LandBuildingSubject);
                assessment.Set(tax.Value, tax.Tax.Tax, 0, tax.Breakdown, noticeDate, dueDate);
                owners.Add(new PreparedOwner(payer, assessment, LandBuildingRoll.Lines(tax.Tax)));
            }
            catch (BusinessRuleException e)
            {
                problems.Add(new RunProblem(payer.Code, payer.Name, e.UserMessage.Th, e.UserMessage.En));
            }
        }
        return new PreparedBatch(owners, problems);
    }

    private async Task AssessBatchAsync(AssessmentRun run, PreparedBatch batch, DateOnly dueDate, CancellationToken cancellationToken)
    {
        var (owners, problems) = (batch.Owners, batch.Problems);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var numbersBlock = owners.Count == 0 ? [] : await numbers.NextBlockAsync(NumberSequence, owners.Count, TaxYearNumbering(run.Year), cancellationToken);
        var assessments = new List<TaxAssessment>(owners.Count);
        var requests = new List<IssueBillRequest>();
        var billed = new List<PreparedOwner>();
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < owners.Count; i++)
        {
            var owner = owners[i];
            owner.Assessment.Numbered(numbersBlock[i].Formatted);
            if (Notifications.TaxMail.HasEmail(owner.Payer))
            {
                owner.Assessment.NotifiedAt = now;
            }
            assessments.Add(owner.Assessment);
            if (owner.Lines.Count > 0)
            {
                requests.Add(AssessmentBilling.Request(owner.Assessment, AssessmentBilling.Payer(owner.Payer), 1, owner.Lines, dueDate));
                billed.Add(owner);
            }
        }
        // the notice mail is rendered on the other core while this one writes the bills and the notices
        var composing = Task.Run(() => ComposeNotices(owners), cancellationToken);
        var taxBills = new List<TaxBill>(requests.Count);
        try
        {
            var issued = await billing.IssueManyAsync(requests, cancellationToken);
            for (var i = 0; i < issued.Count; i++)
            {
                taxBills.Add(new TaxBill(billed[i].Assessment, issued[i].Id, issued[i].Number, 0, dueDate, billed[i].Lines));
                billed[i].Assessment.Billed = issued[i].Principal;
            }
            await db.InsertManyAsync(assessments, run.StartedBy, now, cancellationToken);
            await db.InsertManyAsync(taxBills, run.StartedBy, now, cancellationToken);
        }
        catch
        {
            // the write's error is the one to report; the composing's, if any, is observed and dropped
            await composing.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }
        await db.InsertManyAsync(await composing, run.StartedBy, now, cancellationToken);
        run.Progress(assessments.Count, taxBills.Count, assessments.Count - taxBills.Count, taxBills.Sum(b => b.Principal), problems, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private List<OutboxEmail> ComposeNotices(List<PreparedOwner> owners)
    {
        var mails = new List<OutboxEmail>();
        foreach (var owner in owners)
        {
            if (mail.ComposeNotice(owner.Payer, owner.Assessment) is { } notice)
            {
                mails.Add(notice);
            }
        }
        return mails;
    }

    /// <summary>
    /// Assesses one owner for a year now (a new owner after the run), or re-assesses them after a correction: the
    /// figure is replaced, the earlier one kept in the history, and the bills brought to the new figure.
    /// </summary>
    public async Task<TaxAssessment> AssessOwnerAsync(Guid payerId, int year, string reason, string by, CancellationToken cancellationToken)
    {
        var payer = await db.Set<TaxPayer>().SingleOrDefaultAsync(p => p.Id == payerId, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบผู้เสียภาษี", "No such taxpayer."), "payerId", 404);
        var rates = await taxRates.ForYearAsync(year, cancellationToken);
        var holdings = await LandBuildingRoll.HoldingsAsync(db, [payer.Id], cancellationToken);
        var tax = LandBuildingRoll.Compute(payer, holdings.GetValueOrDefault(payer.Id) ?? [], await LandBuildingRoll.PricesAsync(db, cancellationToken), rates, year);
        var today = BangkokTime.Today(clock);
        var due = TaxTimeline.LandDueDate(rates, today);
        var lines = LandBuildingRoll.Lines(tax.Tax);

        // joins the caller's transaction when there is one (an objection decided with its correction)
        await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var assessment = await db.Set<TaxAssessment>().SingleOrDefaultAsync(a => a.Kind == TaxKind.LandBuilding && a.Year == year
            && a.PayerId == payer.Id && a.Subject == TaxAssessment.LandBuildingSubject, cancellationToken);
        if (assessment is null)
        {
            var number = await numbers.NextAsync(NumberSequence, TaxYearNumbering(year), cancellationToken);
            assessment = new TaxAssessment(TaxKind.LandBuilding, year, number.Formatted, payer, TaxAssessment.LandBuildingSubject);
            assessment.Set(tax.Value, tax.Tax.Tax, 0, tax.Breakdown, today, due);
            db.Add(assessment);
            if (lines.Count > 0)
            {
                await bills.IssueAsync(assessment, payer, lines, due, cancellationToken);
            }
            audit.AddAction("Tax.Assessed", $"{assessment.Number} {payer.Code} {year}: {assessment.Tax:N2}");
            if (mail.SendNotice(payer, assessment))
            {
                assessment.NotifiedAt = clock.GetUtcNow().UtcDateTime;
            }
        }
        else
        {
            var before = assessment.Total;
            assessment.Correct(reason, clock.GetUtcNow().UtcDateTime, by);
            assessment.Set(tax.Value, tax.Tax.Tax, 0, tax.Breakdown, today,
                assessment.Billed == 0 && lines.Count > 0 ? due : assessment.DueDate);
            await bills.ReconcileAsync(assessment, payer, lines, due, reason, cancellationToken);
            audit.AddAction("Tax.Reassessed", $"{assessment.Number} {before:N2} → {assessment.Total:N2}: {reason}");
        }
        await db.SaveChangesAsync(cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }
        return assessment;
    }

    /// <summary>Notices are numbered by the tax year they are for (LBT-2569-… for 2026), whenever they are issued.</summary>
    public static DateTime TaxYearNumbering(int year) => new(year, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private async Task StopAsync(Guid runId, int attempt, string error)
    {
        try
        {
            db.ChangeTracker.Clear();
            var run = await db.Set<AssessmentRun>().SingleOrDefaultAsync(r => r.Id == runId, CancellationToken.None);
            if (run is { Status: RunStatus.Running } && run.Attempts == attempt)
            {
                run.Stop(error, clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        catch (Exception) when (error.Length > 0)
        {
            // best effort: the heartbeat goes stale and the next start takes the run over anyway
        }
    }

    private static BusinessRuleException AlreadyRunning(int year) => new(new LocalizedText(
        $"การประเมินภาษีปี {year + 543} กำลังทำงานอยู่ รอให้เสร็จก่อน", $"The {year} assessment is already running; wait for it to finish."), "year", 409);
}
