using LocalGov.Payments.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Points;

/// <summary>
/// One service point: its facts, its monthly charges with what is paid and overdue, a year's prepayment quote and
/// bill, the exemption's evidence files (each download audited), and the edit form. A stale form is a 409; a blank
/// national ID keeps the stored one unless "remove" is ticked.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Manage)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[RequestSizeLimit(MaxRequestBytes)]
public sealed class DetailModel(
    LocalGovDbContext db,
    ServicePointRegistry registry,
    HouseCodeDuplicates duplicates,
    IPersonalDataVault vault,
    Prepayment prepayment,
    IPermissionChecker permissions,
    IAuditScope audit,
    TimeProvider clock) : PointFormPage(db, registry, duplicates, vault)
{
    public ServicePoint Point { get; private set; } = null!;
    public FeeClass FeeClass { get; private set; } = null!;
    public IReadOnlyList<WasteCharge> Charges { get; private set; } = [];
    public IReadOnlyList<EvidenceInfo> Evidence { get; private set; } = [];
    public PrepaymentQuote? Quote { get; private set; }
    public string? QuoteProblem { get; private set; }
    public bool CanBill { get; private set; }
    public DateOnly Today { get; private set; }
    public decimal Unpaid => Charges.Where(c => c.BillId != null).Sum(c => Math.Max(0, c.Outstanding));
    public decimal Arrears => Charges.Where(c => Status(c) == ChargeStatus.Overdue).Sum(c => c.Outstanding);
    public bool Saved { get; private set; }
    public string? IssuedBill { get; private set; }

    public override bool IsNew => false;

    public sealed record EvidenceInfo(Guid Id, string FileName, string ContentType, int Length);

    public enum ChargeStatus { Paid, Unpaid, Overdue, Exempt, NothingDue }

    public async Task<IActionResult> OnGetAsync(Guid id, bool? saved, string? bill, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input = ServicePointFields.From(Point, FeeClass.Code);
        Saved = saved == true;
        IssuedBill = bill is { Length: <= 30 } ? bill : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? stamp, bool removeId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var result = await CheckAsync(id, keepStoredId: !removeId, cancellationToken);
        if (removeId && !string.IsNullOrWhiteSpace(Input.PayerNationalId))
        {
            ModelState.AddModelError("payer_national_id", new Platform.Localization.LocalizedText(
                "จะลบเลขที่บันทึกไว้หรือใส่เลขใหม่ เลือกอย่างใดอย่างหนึ่ง", "Either remove the stored ID or type a new one, not both.").Current);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            result = null;
        }
        if (result is not var (details, evidence))
        {
            Stamp = stamp;
            return Page();
        }
        var point = await Db.Set<ServicePoint>().SingleAsync(p => p.Id == id, cancellationToken);
        if (await TryAsync(Db, async () =>
            {
                if (evidence is not null)
                {
                    Db.Add(evidence.For(id));
                }
                await Registry.UpdateAsync(point, details, stamp ?? "", cancellationToken);
            }))
        {
            return LocalRedirect($"{Request.PathBase}/staff/waste/points/{id}?saved=true");
        }
        Stamp = stamp;
        return Page();
    }

    /// <summary>An evidence file, for staff; each download is audited (it may show a welfare card).</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid file, CancellationToken cancellationToken)
    {
        var evidence = await Db.Set<ExemptionEvidenceFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == file && f.ServicePointId == id, cancellationToken);
        if (evidence is null)
        {
            return NotFound();
        }
        var account = await Db.Set<ServicePoint>().Where(p => p.Id == id).Select(p => p.AccountNo).SingleAsync(cancellationToken);
        audit.AddAction("WasteFees.EvidenceDownloaded", $"{account} {evidence.FileName}");
        Response.Headers.CacheControl = "private, no-store";
        return File(evidence.Content, evidence.ContentType, evidence.FileName);
    }

    public async Task<IActionResult> OnPostRemoveEvidenceAsync(Guid id, Guid file, CancellationToken cancellationToken)
    {
        var evidence = await Db.Set<ExemptionEvidenceFile>().SingleOrDefaultAsync(f => f.Id == file && f.ServicePointId == id, cancellationToken);
        if (evidence is null)
        {
            return NotFound();
        }
        Db.Remove(evidence);
        await Db.SaveChangesAsync(cancellationToken);
        return LocalRedirect($"{Request.PathBase}/staff/waste/points/{id}?saved=true");
    }

    /// <summary>Unlinks the resident account that claimed the house (audited); the house can then be claimed again.</summary>
    public Task<IActionResult> OnPostUnlinkAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, p => p.Unlink(), "WasteFees.PointUnlinked", cancellationToken);

    /// <summary>
    /// A new claim code for the house (a lost or leaked notice, a new payer): the old code stops working at once, the
    /// new one is shown on this page and printed on the next notices. Audited; an existing link stays.
    /// </summary>
    public Task<IActionResult> OnPostReissueCodeAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, p => p.ReissueClaimCode(), "WasteFees.ClaimCodeReissued", cancellationToken);

    /// <summary>One audited change to the point, then back to its page.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Action<ServicePoint> change, string action, CancellationToken cancellationToken)
    {
        var point = await Db.Set<ServicePoint>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (point is null)
        {
            return NotFound();
        }
        change(point);
        await Db.SaveChangesAsync(cancellationToken);
        audit.AddAction(action, point.AccountNo);
        return LocalRedirect($"{Request.PathBase}/staff/waste/points/{id}?saved=true");
    }

    /// <summary>Issues the year's prepayment bill (WasteFees.Bill), for the months the quote on the page showed.</summary>
    public async Task<IActionResult> OnPostPrepayAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input = ServicePointFields.From(Point, FeeClass.Code);
        if (!CanBill)
        {
            Error("ท่านไม่มีสิทธิ์ออกใบแจ้งค่าขยะ", "You may not issue waste-fee bills.");
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        BillView? bill = null;
        if (await TryAsync(Db, async () => bill = await prepayment.IssueAsync(id, null, cancellationToken)))
        {
            return LocalRedirect($"{Request.PathBase}/staff/waste/points/{id}?bill={Uri.EscapeDataString(bill!.Number)}");
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public ChargeStatus Status(WasteCharge charge) =>
        charge.Exempt ? ChargeStatus.Exempt
        : charge.Amount <= 0 ? ChargeStatus.NothingDue
        : charge.IsSettled ? ChargeStatus.Paid
        : charge.DueDate is { } due && due < Today ? ChargeStatus.Overdue
        : ChargeStatus.Unpaid;

    public string StatusText(ChargeStatus status) => status switch
    {
        ChargeStatus.Paid => T("ชำระแล้ว", "Paid"),
        ChargeStatus.Overdue => T("ค้างชำระ เกินกำหนด", "Overdue"),
        ChargeStatus.Exempt => T("ได้รับยกเว้น", "Exempt"),
        ChargeStatus.NothingDue => T("ไม่มียอดชำระ", "Nothing due"),
        _ => T("ยังไม่ชำระ", "Unpaid"),
    };

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var point = await Db.Set<ServicePoint>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (point is null)
        {
            return false;
        }
        Point = point;
        Stamp = point.ConcurrencyStamp;
        MaskedId = point.PayerIdMasked;
        Today = BangkokTime.Today(clock);
        await LoadClassesAsync(cancellationToken);
        FeeClass = FeeClasses.Single(c => c.Id == point.FeeClassId);
        Charges = await Db.Set<WasteCharge>().AsNoTracking().Where(c => c.ServicePointId == id).OrderByDescending(c => c.Period).ToListAsync(cancellationToken);
        Evidence = await Db.Set<ExemptionEvidenceFile>().AsNoTracking().Where(f => f.ServicePointId == id).OrderBy(f => f.FileName)
            .Select(f => new EvidenceInfo(f.Id, f.FileName, f.ContentType, f.Content.Length)).ToListAsync(cancellationToken);
        CanBill = await permissions.IsGrantedAsync(User, WasteFeesPermissions.Bill, cancellationToken);
        try
        {
            Quote = await prepayment.QuoteAsync(id, null, cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            QuoteProblem = e.UserMessage.Current;
        }
        return true;
    }
}
