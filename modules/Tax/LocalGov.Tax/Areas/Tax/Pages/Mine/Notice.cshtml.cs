using LocalGov.Platform.Authorization;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Publishing;
using LocalGov.Tax.Rates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tax.Areas.Tax.Pages.Mine;

/// <summary>
/// One notice explained to its owner, printable as the ภ.ด.ส.6 or ภ.ป.3: how each property was valued and the tax
/// reached, the bills with what is due today and a PromptPay code, three installments when allowed, and the
/// objection form during its 30 days. Only the linked owner (and staff who assess) find it; for anyone else it does
/// not exist.
/// </summary>
[Authorize]
public sealed class NoticeModel(NoticeView notices, LocalGovDbContext db) : TaxPage
{
    public NoticeDetails Notice { get; private set; } = null!;

    [BindProperty] public string? Grounds { get; set; }

    /// <summary>"installments" or "objected": the step that just succeeded.</summary>
    public string? Done { get; private set; }

    public TaxAssessment Assessment => Notice.Assessment;

    public async Task<IActionResult> OnGetAsync(string number, string? done, CancellationToken cancellationToken)
    {
        Done = done is "installments" or "objected" ? done : null;
        return await ShowAsync(number, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostInstallmentsAsync(string number, string? stamp, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(number, cancellationToken))
        {
            return NotFound();
        }
        if (!await TryAsync(db, () => notices.AskInstallmentsAsync(Notice, stamp, cancellationToken)))
        {
            await ShowAsync(number, cancellationToken);
            return Page();
        }
        return LocalRedirect($"{Request.PathBase}/tax/my/{Uri.EscapeDataString(number)}?done=installments");
    }

    public async Task<IActionResult> OnPostObjectAsync(string number, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(number, cancellationToken) || SignedIn.UserIdOf(User) is not { } userId)
        {
            return NotFound();
        }
        if (!await TryAsync(db, () => notices.ObjectAsync(Notice, Grounds, userId, cancellationToken)))
        {
            await ShowAsync(number, cancellationToken);
            return Page();
        }
        return LocalRedirect($"{Request.PathBase}/tax/my/{Uri.EscapeDataString(number)}?done=objected");
    }

    private async Task<bool> ShowAsync(string number, CancellationToken cancellationToken)
    {
        if (await notices.FindAsync(number, User, cancellationToken) is not { } notice)
        {
            return false;
        }
        Notice = notice;
        return true;
    }

    public string Use(LandUse use) => T(use.Name().Th, use.Name().En);

    public string BillLine(BillLineView line) =>
        LandUses.FromHead(line.Head) is { } use ? T($"ภาษีที่ดินและสิ่งปลูกสร้าง: {use.Name().Th}", $"Land and building tax: {use.Name().En}")
        : line.Head switch
        {
            AssessmentBilling.SignboardHead => T("ภาษีป้าย", "Signboard tax"),
            AssessmentBilling.SignSurchargeHead => T("เงินเพิ่มกรณีไม่ยื่นหรือยื่นแบบ ภ.ป.1 เกินกำหนด", "Signboard filing surcharge"),
            _ when line.Head.EndsWith("-ADJUST", StringComparison.Ordinal) => T("ส่วนต่างจากการประเมินแก้ไข", "Difference after a corrected assessment"),
            _ => line.Text,
        };

    public string BillStatusText(BillStatus status) => status switch
    {
        BillStatus.Paid => T("ชำระแล้ว", "Paid"),
        BillStatus.PartiallyPaid => T("ชำระบางส่วน", "Partly paid"),
        BillStatus.Cancelled => T("ยกเลิก", "Cancelled"),
        _ => T("รอชำระ", "To pay"),
    };

    public string ObjectionStatusText(global::LocalGov.Tax.Objections.ObjectionStatus status) => status switch
    {
        global::LocalGov.Tax.Objections.ObjectionStatus.Upheld => T("รับคำคัดค้าน แก้ไขการประเมินแล้ว", "Upheld: the assessment was corrected"),
        global::LocalGov.Tax.Objections.ObjectionStatus.Rejected => T("ยกคำคัดค้าน ยืนตามการประเมินเดิม", "Rejected: the assessment stands"),
        _ => T("รอพิจารณา", "Waiting for a decision"),
    };
}
