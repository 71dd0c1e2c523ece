using System.Globalization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.Collection;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees.Reminders;

/// <summary>
/// The daily overdue reminder of one LAO. A charge is overdue for a reminder once its due date is
/// <see cref="WasteFeesSettings.ReminderDays"/> days past. Each point whose payer has an email address and has such
/// a charge not reminded in the last ReminderDays days gets one mail listing all of them; the mail and the charges'
/// <see cref="WasteCharge.RemindedAt"/> are saved together, so a run cut short never mails twice.
/// </summary>
public sealed class OverdueReminders(LocalGovDbContext db, ISettingProvider settings, IEmailSender email, PayingPlaces places, TimeProvider clock)
{
    public const string DailyJob = "wastefees-reminders";
    public const string Template = "wastefees.overdue";
    private const int PointsPerSave = 200;

    public static void DefineTemplate(EmailTemplateContext context) => context.Add(Template,
        new("ค่าธรรมเนียมขยะค้างชำระ บัญชี {{account}} ยอด {{total}} บาท",
            "เรียน {{payer}}\n\nค่าธรรมเนียมเก็บขนขยะของ {{address}} (บัญชี {{account}}) เกินกำหนดชำระแล้ว ดังนี้\n\n{{bills}}\n\nรวมค้างชำระ {{total}} บาท\n\n{{where}}\n\nดูและชำระด้วยคิวอาร์พร้อมเพย์ทางเว็บไซต์ของหน่วยงาน (หน้า \"ชำระค่าขยะ\") ด้วยเลขบัญชี {{account}} และรหัสยืนยันสิทธิ์ {{code}} เก็บรหัสไว้ อย่าให้ผู้อื่น\n\nหากท่านชำระแล้ว ขออภัยและขอบคุณ ไม่ต้องดำเนินการใด ๆ\n\n{{lao}}"),
        new("Waste fees overdue on account {{account}}: {{total}} baht",
            "Dear {{payer}},\n\nThe waste-collection fees of {{address}} (account {{account}}) are past due:\n\n{{bills}}\n\nTotal overdue: {{total}} baht\n\n{{where}}\n\nSee and pay them by PromptPay QR on our website (\"Pay waste fees\") with account {{account}} and claim code {{code}}. Keep the code to yourself.\n\nIf you have paid already, thank you, and please ignore this mail.\n\n{{lao}}"));

    public static Task RunDailyAsync(TenantJobContext context) =>
        context.Services.GetRequiredService<OverdueReminders>().SendAsync(context.CancellationToken);

    /// <summary>Mails every payer due a reminder today; returns how many mails were queued.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var days = await WasteFeesSettings.ReminderDaysAsync(settings, cancellationToken);
        var today = BangkokTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var overdueOn = today.AddDays(-days);
        // reminded on a Bangkok date at least ReminderDays days ago, whatever the hour the job ran then
        var remindedBefore = DateTime.SpecifyKind(overdueOn.AddDays(1).ToDateTime(TimeOnly.MinValue) - Thai.ThaiDate.BangkokOffset, DateTimeKind.Utc);

        var withEmail = db.Set<ServicePoint>().Where(p => p.PayerEmail != null);
        var overdue = OpenBills.Unpaid(db).Where(c => c.DueDate <= overdueOn && withEmail.Any(p => p.Id == c.ServicePointId));
        var due = await overdue.Where(c => c.RemindedAt == null || c.RemindedAt < remindedBefore)
            .Select(c => c.ServicePointId).Distinct().ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        var where = await places.ForCurrentLaoAsync(cancellationToken);
        var sent = 0;
        foreach (var chunk in due.Order().Chunk(PointsPerSave))
        {
            var points = await db.Set<ServicePoint>().AsNoTracking().Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken);
            var charges = await overdue.Where(c => chunk.Contains(c.ServicePointId)).ToListAsync(cancellationToken);
            foreach (var point in points)
            {
                var mine = charges.Where(c => c.ServicePointId == point.Id && c.Outstanding > 0).OrderBy(c => c.Period).ToList();
                if (mine.Count == 0)
                {
                    continue;
                }
                email.QueueTemplate(point.PayerEmail!, Template, "th", Values(point, mine, where));
                foreach (var charge in mine)
                {
                    charge.MarkReminded(now);
                }
                sent++;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return sent;
    }

    private static Dictionary<string, string> Values(ServicePoint point, List<WasteCharge> charges, WhereToPay where)
    {
        var bills = charges.GroupBy(c => c.BillNumber!).Select(g =>
        {
            var months = string.Join(", ", g.Select(c => BillingPeriod.FromKey(c.Period).Name(true)));
            var due = g.Min(c => c.DueDate) is { } d ? Thai.ThaiDate.ToLongString(d) : "-";
            return string.Create(CultureInfo.InvariantCulture,
                $"- {months}  ใบแจ้งหนี้ / bill {g.Key}  {OpenBills.Baht(g.Sum(c => c.Outstanding))} บาท baht  (ครบกำหนด / due {due})");
        });
        return new Dictionary<string, string>
        {
            ["payer"] = point.PayerName,
            ["account"] = point.AccountNo,
            ["code"] = Platform.PersonalData.ClaimCode.Format(point.ClaimCode),
            ["address"] = point.Address(true),
            ["bills"] = string.Join("\n", bills),
            ["total"] = OpenBills.Baht(charges.Sum(c => c.Outstanding)),
            ["where"] = where.Text(true) + "\n" + where.Text(false),
            ["lao"] = where.Lao.Th,
        };
    }
}
