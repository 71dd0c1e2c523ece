using System.Globalization;
using System.Text;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Pages;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Payments.Areas.Payments.Pages.Reports;

/// <summary>The day's takings by channel and cashier; the totals reconcile with the receipts listed. CSV for the accounts office.</summary>
[Authorize(Policy = Platform.Authorization.PermissionPolicies.Prefix + PaymentsPermissions.Reports)]
public sealed class DailyModel(DailyCollection collection, TimeProvider clock) : PaymentsPage
{
    public DailyCollectionReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(DateOnly? day, string? format, CancellationToken cancellationToken)
    {
        Report = await collection.ForAsync(day ?? BangkokTime.Today(clock), cancellationToken);
        if (format != "csv")
        {
            return Page();
        }
        var csv = new StringBuilder("receipt_number,paid_on,channel,cashier,principal,surcharge,interest,amount\n");
        foreach (var p in Report.Receipts)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{p.ReceiptNumber},{p.PaidOn:yyyy-MM-dd},{p.Channel},{p.RecordedBy},{p.Principal},{p.Surcharge},{p.Interest},{p.Amount}\n");
        }
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8",
            $"collection-{Report.Day:yyyy-MM-dd}.csv");
    }
}
