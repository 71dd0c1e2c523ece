using System.Globalization;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Tax.LatePayment;

/// <summary>
/// The daily warning job (หนังสือแจ้งเตือน): an owner whose land-and-building tax is still unpaid a set number of
/// days after the due date is warned once, with the warning's date and the last day it gives. From the warning's
/// date the fine is 20 %, after its last day 40 % (the bill's penalty policy changes with it, in the same save).
/// The payer is emailed when an address is on file; otherwise the warning is on the list of letters to send.
/// </summary>
public static class WarningNotices
{
    public const string Job = "tax-warnings";
    public const int BatchLimit = 500;

    public static async Task RunAsync(TenantJobContext context)
    {
        var db = context.Services.GetRequiredService<LocalGovDbContext>();
        var billing = context.Services.GetRequiredService<IBilling>();
        var settings = context.Services.GetRequiredService<ISettingProvider>();
        var mail = context.Services.GetRequiredService<Notifications.TaxMail>();
        var clock = context.Services.GetRequiredService<TimeProvider>();
        var today = BangkokTime.Today(clock);
        var after = await TaxSettings.WarningAfterDaysAsync(settings, context.CancellationToken);
        var period = await TaxSettings.WarningPeriodDaysAsync(settings, context.CancellationToken);
        var latestDue = today.AddDays(-after);
        var overdue = await db.Set<TaxAssessment>()
            .Where(a => a.Kind == TaxKind.LandBuilding && a.WarningIssuedOn == null && a.Billed > a.Paid && a.DueDate <= latestDue)
            .OrderBy(a => a.DueDate).Take(BatchLimit).ToListAsync(context.CancellationToken);
        foreach (var assessment in overdue)
        {
            var bills = await db.Set<TaxBill>().Where(b => b.AssessmentId == assessment.Id && !b.Cancelled && b.Paid < b.Principal && b.DueDate <= latestDue)
                .ToListAsync(context.CancellationToken);
            if (bills.Count == 0)
            {
                continue; // only a later difference bill is open; its own due date has not passed long enough
            }
            await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
            var deadline = today.AddDays(period);
            assessment.WarningIssuedOn = today;
            assessment.WarningDeadline = deadline;
            foreach (var bill in bills)
            {
                await billing.SetPenaltyAsync(bill.BillId, LandTaxPenalty.AfterWarning(bill.DueDate, today, deadline), context.CancellationToken);
            }
            var payer = await db.Set<TaxPayer>().AsNoTracking().SingleAsync(p => p.Id == assessment.PayerId, context.CancellationToken);
            if (mail.SendWarning(payer, assessment, deadline))
            {
                assessment.NotifiedAt = clock.GetUtcNow().UtcDateTime;
            }
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
    }
}
