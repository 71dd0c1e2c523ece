using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Localization;

namespace LocalGov.Complaints.Notifications;

/// <summary>
/// The mail a complaint sends: confirm (no account), received, status changed (to the reporter and followers),
/// overdue (to supervisors). Queued in the caller's transaction; links point at the LAO's public address.
/// </summary>
public sealed class ComplaintMail(IEmailSender email, PublicUrls urls, ICurrentTenant currentTenant, ITenantStore tenants)
{
    public const string Confirm = "complaints.confirm";
    public const string Received = "complaints.received";
    public const string Updated = "complaints.updated";
    public const string Overdue = "complaints.overdue";

    public static void Define(EmailTemplateContext context) => context
        .Add(Confirm,
            new("ยืนยันการแจ้งเรื่องร้องเรียนกับ {{lao}}",
                "เรียนผู้แจ้ง\n\nเราได้รับเรื่อง \"{{category}}\" ของท่านแล้ว กรุณากดลิงก์นี้ภายใน 7 วันเพื่อยืนยันอีเมลและส่งเรื่องให้เจ้าหน้าที่:\n{{link}}\n\nหากท่านไม่ได้แจ้งเรื่องนี้ ไม่ต้องทำอะไร เรื่องจะถูกลบเอง\n\n{{lao}}"),
            new("Confirm your report to {{lao}}",
                "Hello,\n\nWe have your report \"{{category}}\". Open this link within 7 days to confirm your email and send it to our staff:\n{{link}}\n\nIf you did not make this report, do nothing; it will be deleted.\n\n{{lao}}"))
        .Add(Received,
            new("รับเรื่องร้องเรียนแล้ว เลขติดตาม {{code}}",
                "เรียนผู้แจ้ง\n\n{{lao}} ได้รับเรื่อง \"{{category}}\" ของท่านแล้ว\nเลขติดตาม: {{code}}\nกำหนดดำเนินการแล้วเสร็จ: {{due}}\n\nติดตามความคืบหน้าได้ที่:\n{{link}}\n\n{{lao}}"),
            new("We have your complaint: tracking code {{code}}",
                "Hello,\n\n{{lao}} has received your complaint \"{{category}}\".\nTracking code: {{code}}\nDue by: {{due}}\n\nFollow its progress here:\n{{link}}\n\n{{lao}}"))
        .Add(Updated,
            new("เรื่อง {{code}}: {{status}}",
                "เรียนผู้แจ้ง\n\nเรื่อง {{code}} ({{category}}) มีความคืบหน้า: {{status}}\n{{note}}\n\nดูรายละเอียด เปิดเรื่องอีกครั้ง หรือให้คะแนนได้ที่:\n{{link}}\n\n{{lao}}"),
            new("Complaint {{code}}: {{status}}",
                "Hello,\n\nThere is news on complaint {{code}} ({{category}}): {{status}}\n{{note}}\n\nSee the details, reopen it or rate our work here:\n{{link}}\n\n{{lao}}"))
        .Add(Overdue,
            new("เกินกำหนด: เรื่องร้องเรียน {{code}}",
                "เรื่อง {{code}} ({{category}}) ของ{{department}} เกินกำหนดเมื่อ {{due}} และยังไม่แล้วเสร็จ\nผู้รับผิดชอบ: {{officer}}\n\n{{link}}"),
            new("Overdue: complaint {{code}}",
                "Complaint {{code}} ({{category}}) of {{department}} was due {{due}} and is still open.\nOfficer: {{officer}}\n\n{{link}}"));

    public async Task<string> LaoUrlAsync(CancellationToken cancellationToken) =>
        urls.ForTenant(currentTenant.Id is { } id ? await tenants.FindByIdAsync(id, cancellationToken) : null);

    public async Task<string> TrackingLinkAsync(Complaint complaint, string? accessKey, CancellationToken cancellationToken)
    {
        var link = complaint is { Status: ComplaintStatus.Transferred, TransferredToLao: { } lao, TransferredToCode: { } moved }
            ? $"{urls.ForTenantCode(lao)}/complaints/track/{moved}"
            : $"{await LaoUrlAsync(cancellationToken)}/complaints/track/{complaint.TrackingCode}";
        return accessKey is null ? link : $"{link}?key={Uri.EscapeDataString(accessKey)}";
    }

    public async Task QueueConfirmAsync(Complaint complaint, string categoryName, string accessKey, CancellationToken cancellationToken)
    {
        var link = $"{await LaoUrlAsync(cancellationToken)}/complaints/confirm?id={complaint.Id}&key={Uri.EscapeDataString(accessKey)}";
        email.QueueTemplate(complaint.ReporterEmail!, Confirm, complaint.Culture, new Dictionary<string, string>
        {
            ["lao"] = await LaoNameAsync(complaint.Culture, cancellationToken), ["category"] = categoryName, ["link"] = link,
        });
    }

    public async Task QueueReceivedAsync(Complaint complaint, string categoryName, string? accessKey, CancellationToken cancellationToken)
    {
        if (complaint.ReporterEmail is null)
        {
            return;
        }
        email.QueueTemplate(complaint.ReporterEmail, Received, complaint.Culture, new Dictionary<string, string>
        {
            ["lao"] = await LaoNameAsync(complaint.Culture, cancellationToken),
            ["category"] = categoryName,
            ["code"] = complaint.TrackingCode!,
            ["due"] = When(complaint.DueAt, complaint.Culture),
            ["link"] = await TrackingLinkAsync(complaint, accessKey, cancellationToken),
        });
    }

    /// <summary>Tells the reporter (with a fresh key link when they have no account) and each follower.</summary>
    public async Task QueueUpdatedAsync(Complaint complaint, string categoryName, string? reporterKey,
        IReadOnlyList<string> followerEmails, CancellationToken cancellationToken)
    {
        var recipients = new List<(string To, string Culture, string? Key)>();
        if (complaint.ReporterEmail is { } reporter)
        {
            recipients.Add((reporter, complaint.Culture, complaint.ReporterUserId is null ? reporterKey : null));
        }
        recipients.AddRange(followerEmails.Where(f => !string.Equals(f, complaint.ReporterEmail, StringComparison.OrdinalIgnoreCase))
            .Select(f => (f, "th", (string?)null)));
        foreach (var (to, culture, key) in recipients)
        {
            var status = ComplaintStatusText.Of(complaint.Status);
            email.QueueTemplate(to, Updated, culture, new Dictionary<string, string>
            {
                ["lao"] = await LaoNameAsync(culture, cancellationToken),
                ["category"] = categoryName,
                ["code"] = complaint.TrackingCode!,
                ["status"] = culture == "en" ? status.En : status.Th,
                ["note"] = complaint.StatusNotes is { } note ? (LocalizedText.FromStored(note) is var text && culture == "en" ? text.En : text.Th) : "",
                ["link"] = await TrackingLinkAsync(complaint, key, cancellationToken),
            });
        }
    }

    public async Task QueueOverdueAsync(Complaint complaint, string categoryName, string to, CancellationToken cancellationToken) =>
        email.QueueTemplate(to, Overdue, "th", new Dictionary<string, string>
        {
            ["category"] = categoryName,
            ["code"] = complaint.TrackingCode!,
            ["department"] = complaint.Department,
            ["officer"] = complaint.OfficerName ?? "-",
            ["due"] = When(complaint.DueAt, "th"),
            ["link"] = $"{await LaoUrlAsync(cancellationToken)}/staff/complaints/{complaint.TrackingCode}",
        });

    private async Task<string> LaoNameAsync(string culture, CancellationToken cancellationToken)
    {
        var tenant = currentTenant.Id is { } id ? await tenants.FindByIdAsync(id, cancellationToken) : null;
        return tenant is null ? "LocalGov" : culture == "en" ? tenant.Name.En : tenant.Name.Th;
    }

    public static string When(DateTime? utc, string culture) => BangkokTime.Format(utc, culture != "en", longDate: true);
}
