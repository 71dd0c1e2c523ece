using System.Globalization;
using System.Security.Claims;
using System.Text;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Pages;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Reporting;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Payments.Areas.Payments.Pages.Reports;

/// <summary>
/// The day's takings by channel and cashier; the totals reconcile with the receipts listed. CSV for the accounts office.
/// A reader of collection reports sees the whole LAO; a cashier without that permission sees only the receipts they
/// issued themselves, to close out their own day.
/// </summary>
[Authorize]
public sealed class DailyModel(DailyCollection collection, IPermissionChecker permissions, TimeProvider clock) : PaymentsPage
{
    public DailyCollectionReport Report { get; private set; } = null!;

    /// <summary>A channel total's key (the channel's name) in the reader's language.</summary>
    public string ChannelText(string key) =>
        Enum.TryParse<Contracts.PaymentChannel>(key, out var channel) ? ChannelText(channel) : key;

    public async Task<IActionResult> OnGetAsync(DateOnly? day, string? format, CancellationToken cancellationToken)
    {
        string? cashier = null;
        if (!await permissions.IsGrantedAsync(User, PaymentsPermissions.Reports, cancellationToken))
        {
            cashier = User.FindFirstValue(ClaimTypes.Name);
            if (cashier is null || !await permissions.IsGrantedAsync(User, PaymentsPermissions.OwnCollection, cancellationToken))
            {
                return Forbid();
            }
        }
        Report = await collection.ForAsync(day ?? BangkokTime.Today(clock), cancellationToken, cashier);
        if (format != "csv")
        {
            return Page();
        }
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvWriter(text);
        await csv.RowAsync("receipt_number", "paid_on", "channel", "cashier", "principal", "surcharge", "interest", "amount");
        foreach (var p in Report.Receipts)
        {
            await csv.RowAsync(p.ReceiptNumber, (DateOnly?)p.PaidOn, p.Channel.ToString(), p.RecordedBy, p.Principal, p.Surcharge, p.Interest, p.Amount);
        }
        return File(Encoding.UTF8.GetBytes(text.ToString()), CsvWriter.ContentType,
            Report.Cashier is null ? $"collection-{Report.Day:yyyy-MM-dd}.csv" : $"my-collection-{Report.Day:yyyy-MM-dd}.csv");
    }
}
