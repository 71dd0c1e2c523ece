using System.Globalization;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Registry;

namespace LocalGov.Tax.Notifications;

/// <summary>
/// Mail to taxpayers: a notice is ready, a warning for unpaid tax, an objection decided. Queued in the caller's
/// unit of work (sent after it commits); a payer with no address on file gets a letter instead, which staff see
/// from <see cref="TaxAssessment.NotifiedAt"/> being empty.
/// </summary>
public sealed class TaxMail(IEmailSender email, PublicUrls urls, ICurrentTenant currentTenant)
{
    public const string Notice = "tax.notice";
    public const string Warning = "tax.warning";
    public const string ObjectionDecided = "tax.objection-decided";

    public static void Define(EmailTemplateContext context) => context
        .Add(Notice,
            new("แจ้งการประเมิน{{kind}} ปี {{year}} เลขที่ {{number}}",
                "เรียน {{name}}\n\n{{lao}} ได้ประเมิน{{kind}} ปี {{year}} ของท่านแล้ว\nเลขที่หนังสือแจ้ง: {{number}}\nภาษีที่ต้องชำระ: {{amount}} บาท ภายใน {{due}}\n\nดูรายละเอียดการคำนวณ ชำระผ่านพร้อมเพย์ ขอผ่อนชำระ หรือยื่นคำคัดค้านภายใน 30 วันได้ที่:\n{{link}}\nครั้งแรก ลงชื่อเข้าใช้แล้วผูกข้อมูลผู้เสียภาษีกับบัญชีของท่านด้วยเลขที่หนังสือแจ้งนี้และรหัสยืนยันสิทธิ์ {{code}} (เก็บรหัสไว้ อย่าให้ผู้อื่น):\n{{linkpage}}\n\n{{lao}}"),
            new("Your {{kind}} {{year}}: notice {{number}}",
                "Dear {{name}},\n\n{{lao}} has assessed your {{kind}} for {{year}}.\nNotice number: {{number}}\nTax due: {{amount}} baht by {{due}}\n\nSee how it was calculated, pay by PromptPay, ask for installments or object within 30 days here:\n{{link}}\nThe first time, sign in and link your tax record to your account with this notice's number and claim code {{code}} (keep the code to yourself):\n{{linkpage}}\n\n{{lao}}"))
        .Add(Warning,
            new("หนังสือแจ้งเตือน: ภาษีค้างชำระ เลขที่ {{number}}",
                "เรียน {{name}}\n\nภาษีที่ดินและสิ่งปลูกสร้าง ปี {{year}} ตามหนังสือแจ้งเลขที่ {{number}} ครบกำหนดชำระเมื่อ {{due}} และยังค้างชำระ {{outstanding}} บาท\nหากชำระภายใน {{deadline}} ต้องเสียเบี้ยปรับร้อยละ 20 ของภาษี หลังจากนั้นร้อยละ 40 และเงินเพิ่มร้อยละ 1 ต่อเดือน (เศษของเดือนนับเป็นหนึ่งเดือน)\n\nชำระได้ที่:\n{{link}}\n\n{{lao}}"),
            new("Warning: unpaid tax on notice {{number}}",
                "Dear {{name}},\n\nYour land and building tax for {{year}} (notice {{number}}) was due on {{due}}; {{outstanding}} baht is still unpaid.\nPaid by {{deadline}}, the fine is 20 % of the tax; after that 40 %, plus 1 % a month (a started month counts whole).\n\nPay here:\n{{link}}\n\n{{lao}}"))
        .Add(ObjectionDecided,
            new("ผลการพิจารณาคำคัดค้าน {{objection}}",
                "เรียน {{name}}\n\nคำคัดค้านการประเมินเลขที่ {{objection}} (หนังสือแจ้ง {{number}}) ได้รับการพิจารณาแล้ว: {{decision}}\n{{reasons}}\n\nรายละเอียด:\n{{link}}\n\n{{lao}}"),
            new("Decision on your objection {{objection}}",
                "Dear {{name}},\n\nYour objection {{objection}} to notice {{number}} has been decided: {{decision}}\n{{reasons}}\n\nDetails:\n{{link}}\n\n{{lao}}"));

    public string Link(string number) => urls.ForTenant(currentTenant.Tenant) + "/tax/my/" + Uri.EscapeDataString(number);

    /// <summary>Whether mail can reach the payer; without an address the notice goes as a letter.</summary>
    public static bool HasEmail(ITaxpayer payer) => !string.IsNullOrWhiteSpace(payer.Email);

    /// <summary>Queues the notice mail; false when the payer has no email (a letter to send).</summary>
    public bool SendNotice(ITaxpayer payer, TaxAssessment assessment) => Send(payer, Notice, assessment, NoticeValues(payer, assessment));

    /// <summary>The notice mail, unqueued (null when the payer has no email): for the assessment run, which writes a batch's mail in bulk.</summary>
    public OutboxEmail? ComposeNotice(ITaxpayer payer, TaxAssessment assessment) =>
        HasEmail(payer) ? email.Compose(payer.Email!, Notice, "th", Values(payer, assessment, NoticeValues(payer, assessment))) : null;

    private Dictionary<string, string> NoticeValues(ITaxpayer payer, TaxAssessment assessment) => new()
    {
        ["code"] = Platform.PersonalData.ClaimCode.Format(payer.ClaimCode),
        ["linkpage"] = urls.ForTenant(currentTenant.Tenant) + "/tax/my/link",
        ["kind"] = TaxAssessment.KindName(assessment.Kind).Th,
        ["amount"] = assessment.Total.ToString("N2", CultureInfo.InvariantCulture),
        ["due"] = ThaiDay(assessment.DueDate),
    };

    public bool SendWarning(TaxPayer payer, TaxAssessment assessment, DateOnly deadline) => Send(payer, Warning, assessment, new()
    {
        ["outstanding"] = assessment.Outstanding.ToString("N2", CultureInfo.InvariantCulture),
        ["due"] = ThaiDay(assessment.DueDate),
        ["deadline"] = ThaiDay(deadline),
    });

    public bool SendObjectionDecided(TaxPayer payer, TaxAssessment assessment, string objection, string decision, string reasons) =>
        Send(payer, ObjectionDecided, assessment, new() { ["objection"] = objection, ["decision"] = decision, ["reasons"] = reasons });

    private bool Send(ITaxpayer payer, string template, TaxAssessment assessment, Dictionary<string, string> values)
    {
        if (!HasEmail(payer))
        {
            return false;
        }
        email.QueueTemplate(payer.Email!, template, "th", Values(payer, assessment, values));
        return true;
    }

    private Dictionary<string, string> Values(ITaxpayer payer, TaxAssessment assessment, Dictionary<string, string> values)
    {
        values["name"] = payer.Name;
        values["lao"] = currentTenant.Tenant?.Name.Th ?? "";
        values["number"] = assessment.Number;
        values["year"] = (assessment.Year + 543).ToString(CultureInfo.InvariantCulture);
        values["link"] = Link(assessment.Number);
        return values;
    }

    public static string ThaiDay(DateOnly day) =>
        $"{day.Day} {Thai.ThaiDate.MonthName(day.Month)} {day.Year + 543}";
}
