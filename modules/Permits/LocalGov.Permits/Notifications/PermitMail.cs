using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;

namespace LocalGov.Permits.Notifications;

/// <summary>
/// The mail an application sends its applicant (received, documents missing, decision, late, issued) and a permit
/// its holder (renewal reminder). Queued in the caller's transaction; links point at the LAO's public address. An
/// applicant without an email address (some counter applications) is told by letter: staff see it on the case.
/// </summary>
public sealed class PermitMail(IEmailSender email, PublicUrls urls, ICurrentTenant currentTenant, ITenantStore tenants)
{
    public const string Received = "permits.received";
    public const string DocumentsRequested = "permits.documents-requested";
    public const string Approved = "permits.approved";
    public const string Rejected = "permits.rejected";
    public const string Late = "permits.late";
    public const string Issued = "permits.issued";
    public const string RenewalDue = "permits.renewal-due";

    public static void Define(EmailTemplateContext context) => context
        .Add(Received,
            new("รับคำขอ {{type}} แล้ว เลขที่ {{number}}",
                "เรียน {{name}}\n\n{{lao}} ได้รับคำขอ \"{{type}}\" ของท่านแล้ว\nเลขที่คำขอ: {{number}}\nกำหนดแจ้งผลการพิจารณาภายใน: {{due}} ({{days}} วัน นับจากวันที่ได้รับคำขอที่ครบถ้วน)\n\nติดตามคำขอได้ที่:\n{{link}}\n\n{{lao}}"),
            new("We have your application {{number}}: {{type}}",
                "Dear {{name}},\n\n{{lao}} has received your application \"{{type}}\".\nApplication number: {{number}}\nDecision due by: {{due}} ({{days}} days from a complete application)\n\nFollow it here:\n{{link}}\n\n{{lao}}"))
        .Add(DocumentsRequested,
            new("คำขอ {{number}}: เอกสารที่ต้องยื่นเพิ่มเติม",
                "เรียน {{name}}\n\nคำขอ {{number}} ({{type}}) ยังขาดเอกสารหรือข้อมูลดังนี้:\n{{missing}}\n\nกรุณายื่นภายใน {{answerBy}} ที่:\n{{link}}\n\nเจ้าหน้าที่ขอเอกสารเพิ่มเติมได้เพียงครั้งเดียว ระยะเวลาพิจารณาจะเริ่มนับใหม่เมื่อได้รับเอกสารครบ\n\n{{lao}}"),
            new("Application {{number}}: documents still needed",
                "Dear {{name}},\n\nApplication {{number}} ({{type}}) still needs:\n{{missing}}\n\nPlease send them by {{answerBy}} here:\n{{link}}\n\nWe may ask for more documents only once; the decision period starts again when we have them all.\n\n{{lao}}"))
        .Add(Approved,
            new("คำขอ {{number}} ได้รับอนุมัติ",
                "เรียน {{name}}\n\nคำขอ {{number}} ({{type}}) ได้รับอนุมัติแล้ว\n{{conditions}}\nค่าธรรมเนียม: {{fee}} บาท ชำระภายใน {{payBy}}\nเมื่อชำระแล้วระบบจะออกใบอนุญาตให้ทันที\n\nชำระเงินและรับใบอนุญาตได้ที่:\n{{link}}\n\n{{lao}}"),
            new("Application {{number}} approved",
                "Dear {{name}},\n\nApplication {{number}} ({{type}}) is approved.\n{{conditions}}\nFee: {{fee}} baht, due by {{payBy}}\nThe permit is issued as soon as the fee is paid.\n\nPay and receive your permit here:\n{{link}}\n\n{{lao}}"))
        .Add(Rejected,
            new("ผลการพิจารณาคำขอ {{number}}: ไม่อนุมัติ",
                "เรียน {{name}}\n\nคำขอ {{number}} ({{type}}) ไม่ได้รับอนุมัติ ด้วยเหตุผลดังนี้:\n{{reasons}}\n\nสิทธิอุทธรณ์: {{appeal}}\n\nรายละเอียด:\n{{link}}\n\n{{lao}}"),
            new("Decision on application {{number}}: rejected",
                "Dear {{name}},\n\nApplication {{number}} ({{type}}) was not approved, for these reasons:\n{{reasons}}\n\nHow to appeal: {{appeal}}\n\nDetails:\n{{link}}\n\n{{lao}}"))
        .Add(Late,
            new("คำขอ {{number}} ยังพิจารณาไม่แล้วเสร็จ",
                "เรียน {{name}}\n\nคำขอ {{number}} ({{type}}) ครบกำหนดพิจารณาเมื่อ {{due}} แต่ยังพิจารณาไม่แล้วเสร็จ\nเหตุที่ล่าช้า: {{reason}}\n\nเราจะแจ้งความคืบหน้าให้ทราบทุก 7 วันจนกว่าจะมีผลการพิจารณา (พ.ร.บ.การอำนวยความสะดวกฯ พ.ศ. 2558 มาตรา 10)\n{{link}}\n\n{{lao}}"),
            new("Application {{number}} is taking longer",
                "Dear {{name}},\n\nThe decision on application {{number}} ({{type}}) was due on {{due}} and is not made yet.\nWhy: {{reason}}\n\nWe will write every 7 days until there is a decision (Licensing Facilitation Act B.E. 2558, section 10).\n{{link}}\n\n{{lao}}"))
        .Add(Issued,
            new("ออกใบอนุญาต {{permit}} แล้ว",
                "เรียน {{name}}\n\n{{lao}} ออก \"{{certificate}}\" เลขที่ {{permit}} ให้ท่านแล้ว\nใช้ได้ถึง: {{until}}\n\nพิมพ์ใบอนุญาตได้ที่:\n{{link}}\n\n{{lao}}"),
            new("Your permit {{permit}} is issued",
                "Dear {{name}},\n\n{{lao}} has issued \"{{certificate}}\" number {{permit}}.\nValid until: {{until}}\n\nPrint it here:\n{{link}}\n\n{{lao}}"))
        .Add(RenewalDue,
            new("ใบอนุญาต {{permit}} จะหมดอายุ {{until}}",
                "เรียน {{name}}\n\n\"{{certificate}}\" เลขที่ {{permit}} ({{business}}) จะหมดอายุในวันที่ {{until}}\nต่ออายุได้ที่ลิงก์นี้ หากยื่นหลังวันหมดอายุจะต้องเสียเงินเพิ่มร้อยละ {{surcharge}} ของค่าธรรมเนียม\n{{link}}\n\n{{lao}}"),
            new("Permit {{permit}} expires on {{until}}",
                "Dear {{name}},\n\n\"{{certificate}}\" number {{permit}} ({{business}}) expires on {{until}}.\nRenew it here; a renewal filed after that day costs {{surcharge}} % more:\n{{link}}\n\n{{lao}}"));

    public async Task<string> ApplicationLinkAsync(PermitApplication application, CancellationToken cancellationToken) =>
        $"{await LaoUrlAsync(cancellationToken)}/permits/applications/{application.Number}";

    public Task<bool> QueueReceivedAsync(PermitApplication application, PermitType type, CancellationToken cancellationToken) =>
        QueueAsync(application, type, Received, new()
        {
            ["due"] = Day(application.DueOn, application.Culture),
            ["days"] = type.DecisionDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, cancellationToken);

    public Task<bool> QueueDocumentsRequestedAsync(PermitApplication application, PermitType type, CancellationToken cancellationToken) =>
        QueueAsync(application, type, DocumentsRequested, new()
        {
            ["missing"] = application.DocumentsRequest ?? "",
            ["answerBy"] = Day(application.DocumentsDueOn, application.Culture),
        }, cancellationToken);

    public Task<bool> QueueApprovedAsync(PermitApplication application, PermitType type, DateOnly payBy, CancellationToken cancellationToken) =>
        QueueAsync(application, type, Approved, new()
        {
            ["conditions"] = application.DecisionReasons is { } c ? (application.Culture == "en" ? "Conditions: " : "เงื่อนไข: ") + c + "\n" : "",
            ["fee"] = Thai.ThaiBahtText.ToFigures(application.Fee ?? 0),
            ["payBy"] = Day(payBy, application.Culture),
        }, cancellationToken);

    public Task<bool> QueueRejectedAsync(PermitApplication application, PermitType type, CancellationToken cancellationToken) =>
        QueueAsync(application, type, Rejected, new()
        {
            ["reasons"] = application.DecisionReasons ?? "",
            ["appeal"] = application.AppealInfo ?? "",
        }, cancellationToken);

    public Task<bool> QueueLateAsync(PermitApplication application, PermitType type, DateOnly dueOn, CancellationToken cancellationToken) =>
        QueueAsync(application, type, Late, new()
        {
            ["due"] = Day(dueOn, application.Culture),
            ["reason"] = application.LateReason ?? (application.Culture == "en" ? "the review is not finished yet" : "อยู่ระหว่างการพิจารณาของเจ้าหน้าที่"),
        }, cancellationToken);

    public async Task<bool> QueueIssuedAsync(PermitApplication application, PermitType type, Permit permit, CancellationToken cancellationToken) =>
        await QueueAsync(application, type, Issued, new()
        {
            ["certificate"] = type.CertificateName(application.Culture != "en"),
            ["permit"] = permit.Number,
            ["until"] = permit.ValidUntil is { } until ? Day(until, application.Culture) : application.Culture == "en" ? "no expiry" : "ไม่มีวันหมดอายุ",
            ["link"] = $"{await LaoUrlAsync(cancellationToken)}/permits/certificate/{permit.Number}",
        }, cancellationToken);

    public async Task QueueRenewalDueAsync(Permit permit, PermitType type, decimal surchargePercent, CancellationToken cancellationToken)
    {
        if (permit.HolderEmail is null)
        {
            return;
        }
        email.QueueTemplate(permit.HolderEmail, RenewalDue, "th", new Dictionary<string, string>
        {
            ["lao"] = await LaoNameAsync("th", cancellationToken),
            ["name"] = permit.HolderName,
            ["certificate"] = type.CertificateNameTh,
            ["permit"] = permit.Number,
            ["business"] = permit.BusinessName,
            ["until"] = Day(permit.ValidUntil, "th"),
            ["surcharge"] = surchargePercent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            ["link"] = permit.HolderUserId is null
                ? OfficeInstead("th", await LaoNameAsync("th", cancellationToken))
                : $"{await LaoUrlAsync(cancellationToken)}/permits/renew/{permit.Number}",
        });
    }

    /// <summary>Queues one template to the applicant; false when they have no email address (tell them by letter).</summary>
    private async Task<bool> QueueAsync(PermitApplication application, PermitType type, string template, Dictionary<string, string> values,
        CancellationToken cancellationToken)
    {
        if (application.ApplicantEmail is not { } to)
        {
            return false;
        }
        values["lao"] = await LaoNameAsync(application.Culture, cancellationToken);
        values["name"] = application.ApplicantName;
        values["number"] = application.Number;
        values["type"] = type.Name(application.Culture != "en");
        if (application.ApplicantUserId is null)
        {
            // a counter application has no account to open the pages with: point to the office instead of a dead link
            values["link"] = OfficeInstead(application.Culture, values["lao"]);
        }
        values.TryAdd("link", await ApplicationLinkAsync(application, cancellationToken));
        email.QueueTemplate(to, template, application.Culture, values);
        return true;
    }

    private async Task<string> LaoUrlAsync(CancellationToken cancellationToken) =>
        urls.ForTenant(currentTenant.Id is { } id ? await tenants.FindByIdAsync(id, cancellationToken) : null);

    private async Task<string> LaoNameAsync(string culture, CancellationToken cancellationToken)
    {
        var tenant = currentTenant.Id is { } id ? await tenants.FindByIdAsync(id, cancellationToken) : null;
        return tenant is null ? "LocalGov" : culture == "en" ? tenant.Name.En : tenant.Name.Th;
    }

    private static string OfficeInstead(string culture, string lao) => culture == "en"
        ? $"(Applied at the counter: please contact {lao} and quote the number above.)"
        : $"(ยื่นคำขอที่สำนักงาน กรุณาติดต่อ{lao} โดยแจ้งเลขที่ข้างต้น)";

    private static string Day(DateOnly? date, string culture) => BangkokTime.Format(date, culture != "en", longDate: true);
}
