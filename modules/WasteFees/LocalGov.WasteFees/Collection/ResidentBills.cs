using System.Globalization;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Thai;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Collection;

/// <summary>What a resident types to find their house: the house code or the account number, and the claim code printed on its notices.</summary>
public sealed record HouseProof(string? HouseCode, string? AccountNo, string? ClaimCode);

/// <summary>An unpaid bill on the resident's page, with its PromptPay code (null when the LAO takes none).</summary>
public sealed record ResidentBill(OpenBill Bill, string? QrCode);

/// <summary>A point as its resident sees it: no payer ID, the payer's name shortened, unpaid bills with QR codes and the months paid.</summary>
public sealed record ResidentPointView(ServicePoint Point, string PayerShortName, IReadOnlyList<ResidentBill> Unpaid,
    IReadOnlyList<BillingPeriod> PaidMonths, bool TakesPromptPay)
{
    public decimal Total => Unpaid.Sum(b => b.Bill.Outstanding);
}

/// <summary>
/// Residents finding and paying their house's waste fees without signing in. Holding the house's paper is the proof:
/// the house code (or account number) and the point's random claim code, printed on its notices, must match the same
/// point (compared in constant time), and any mismatch gets the same answer as an unknown house, so the page cannot
/// be used to learn who lives where. A bill number is no proof: bill numbers are sequential. A signed-in resident may
/// link the point to their account; bills issued afterwards then carry it and show in "my bills".
/// </summary>
public sealed class ResidentBills(LocalGovDbContext db, IBillPresentation presentation, IAuditScope audit, ServicePoints.WasteSatisfaction satisfaction,
    TimeProvider clock)
{
    public const int PaidMonthsShown = 12;

    public static readonly LocalizedText NotFound = new(
        "ไม่พบข้อมูลที่ตรงกัน ตรวจสอบรหัสประจำบ้าน (หรือเลขบัญชี) และรหัสยืนยันสิทธิ์ตามที่พิมพ์บนใบแจ้ง แล้วลองอีกครั้ง หากไม่มีรหัส ติดต่อหน่วยงานเพื่อขอรหัส",
        "Nothing matches. Check the house code (or account number) and the claim code as printed on your notice, then try again. Without a code, ask the office for one.");

    /// <summary>The point the proof names, or null (with the reason only when the input itself is malformed).</summary>
    public async Task<(ServicePoint? Point, IReadOnlyList<FieldError> Errors)> FindAsync(HouseProof proof, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        string? houseCode = null;
        var account = Clean(proof.AccountNo)?.ToUpperInvariant();
        if (Clean(proof.HouseCode) is { } rawHouse)
        {
            var check = ThaiHouseCode.Check(rawHouse);
            if (check.IsValid)
            {
                houseCode = ThaiHouseCode.Normalize(rawHouse);
            }
            else
            {
                errors.Add(new("HouseCode", new("รหัสประจำบ้านไม่ถูกต้อง: " + check.MessageTh, "The house code is not valid: " + check.Message)));
            }
        }
        else if (account is null)
        {
            errors.Add(new("HouseCode", new("กรอกรหัสประจำบ้าน 11 หลัก หรือเลขบัญชีค่าขยะ", "Enter the 11-digit house code or the waste-fee account number.")));
        }
        if (account is { Length: > 20 })
        {
            errors.Add(new("AccountNo", new("เลขบัญชียาวเกิน 20 ตัวอักษร", "The account number is longer than 20 characters.")));
        }
        if (ClaimCode.Problem(proof.ClaimCode) is { } problem)
        {
            errors.Add(new("ClaimCode", problem));
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var code = ClaimCode.Normalize(proof.ClaimCode);
        // one house code may have several points (a home and its shop): each is compared, in constant time
        var candidates = await db.Set<ServicePoint>().AsNoTracking()
            .Where(p => (houseCode == null || p.HouseCode == houseCode) && (account == null || p.AccountNo == account))
            .OrderBy(p => p.AccountNo).Take(20).ToListAsync(cancellationToken);
        ServicePoint? point = null;
        foreach (var candidate in candidates)
        {
            if (ClaimCode.Matches(candidate.ClaimCode, code) && point is null)
            {
                point = candidate;
            }
        }
        return (point, errors);
    }

    public async Task<ResidentPointView> ViewAsync(ServicePoint point, CancellationToken cancellationToken)
    {
        var open = OpenBills.Group(await OpenBills.ReadAsync(OpenBills.Unpaid(db).Where(c => c.ServicePointId == point.Id), cancellationToken));
        var unpaid = new List<ResidentBill>(open.Count);
        foreach (var bill in open)
        {
            unpaid.Add(new ResidentBill(bill, await presentation.QrCodeAsync(bill.BillId, cancellationToken)));
        }
        var paid = await db.Set<WasteCharge>().AsNoTracking()
            .Where(c => c.ServicePointId == point.Id && c.PaidAt != null)
            .OrderByDescending(c => c.Period).Select(c => c.Period).Take(PaidMonthsShown)
            .ToListAsync(cancellationToken);
        return new ResidentPointView(point, ShortName(point.PayerName), unpaid, [.. paid.Select(BillingPeriod.FromKey)],
            await presentation.TakesPromptPayAsync(cancellationToken));
    }

    /// <summary>Links the proven point to the resident's account. A point another account already holds stays theirs.</summary>
    public async Task ClaimAsync(Guid pointId, Guid userId, string? email, CancellationToken cancellationToken)
    {
        var point = await db.Set<ServicePoint>().SingleAsync(p => p.Id == pointId, cancellationToken);
        if (point.PayerUserId == userId)
        {
            return;
        }
        if (point.PayerUserId is not null)
        {
            throw new BusinessRuleException(new LocalizedText(
                "บ้านนี้ผูกกับบัญชีผู้ใช้อื่นแล้ว หากท่านเป็นผู้ชำระค่าขยะของบ้านนี้ กรุณาติดต่อหน่วยงาน",
                "This house is already linked to another account. If you pay its waste fees, please contact the office."), "", 409);
        }
        point.ClaimBy(userId);
        await satisfaction.ClaimedAsync(point, userId, email, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        audit.AddAction("WasteFees.PointClaimed", point.AccountNo);
    }

    /// <summary>
    /// Links to the account every point of the current LAO whose payer's national ID is the resident's verified one
    /// (a digital-ID provider vouched for it: no claim code needed). A point another account already holds stays
    /// theirs and is counted, not moved. Returns (linked now, held by another account).
    /// </summary>
    public async Task<(int Linked, int HeldElsewhere)> ClaimByVerifiedIdAsync(Identity.Contracts.VerifiedPerson person, CancellationToken cancellationToken)
    {
        var points = await db.Set<ServicePoint>().Where(p => p.PayerIdHash == person.NationalIdHash).ToListAsync(cancellationToken);
        var linked = 0;
        foreach (var point in points.Where(p => p.PayerUserId is null))
        {
            point.ClaimBy(person.UserId);
            linked++;
        }
        var elsewhere = points.Count(p => p.PayerUserId != person.UserId);
        await db.SaveChangesAsync(cancellationToken);
        audit.AddAction("WasteFees.PointsClaimedByVerifiedId",
            $"user {person.UserId} ({person.Provider}): {linked} linked, {elsewhere} held by another account");
        return (linked, elsewhere);
    }

    /// <summary>The points linked to this account in the current LAO.</summary>
    public Task<List<ServicePoint>> LinkedAsync(Guid userId, CancellationToken cancellationToken) => db.Set<ServicePoint>().AsNoTracking()
        .Where(p => p.PayerUserId == userId).OrderBy(p => p.AccountNo).ToListAsync(cancellationToken);

    public DateOnly Today => BangkokTime.Today(clock);

    /// <summary>"สมชาย ใจ." from "สมชาย ใจดี": the first name and the surname's initial consonant (a title such as นาย stays with the first name).</summary>
    public static string ShortName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (words.Count == 0)
        {
            return "";
        }
        var first = Titles.Contains(words[0]) && words.Count > 1 ? 2 : 1;
        var given = string.Join(' ', words.Take(first));
        if (words.Count <= first)
        {
            return given;
        }
        var surname = words[^1];
        // a Thai leading vowel (เ แ โ ใ ไ) is written before the consonant it follows in speech: keep both
        var initial = surname.Length > 1 && "เแโใไ".Contains(surname[0], StringComparison.Ordinal) ? surname[..2] : surname[..1];
        return $"{given} {initial.ToUpper(CultureInfo.InvariantCulture)}.";
    }

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss",
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().Replace(" ", "", StringComparison.Ordinal);
}

/// <summary>What the residents' bills partial shows: the point, where to pay, and the reader's language.</summary>
public sealed record ResidentBillsPartial(ResidentPointView View, WhereToPay Where, bool Thai)
{
    public string T(string th, string en) => Thai ? th : en;

    public string Date(DateOnly? date) => OpenBills.Date(date, Thai);
}
