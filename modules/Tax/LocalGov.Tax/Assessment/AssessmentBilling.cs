using System.Globalization;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.PersonalData;
using LocalGov.Tax.LatePayment;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Assessment;

/// <summary>
/// Bills assessments through Payments and keeps them in step when an assessment changes: a higher figure bills the
/// difference on a bill of its own; a lower one cancels the unpaid bills and bills what is still owed, and what was
/// already paid above the new figure is recorded as overpaid. An assessment is never billed twice for the same baht.
/// </summary>
public sealed class AssessmentBilling(LocalGovDbContext db, IBilling billing)
{
    public const string ModuleName = "Tax";
    public const string SignboardHead = "SBT-TAX";
    public const string SignSurchargeHead = "SBT-FILING";

    /// <summary>The bill's payer: the ID goes as the hash the register already keeps (the same keyed hash Payments looks up), never decrypted.</summary>
    public static BillPayer Payer(ITaxpayer payer) => new(payer.Name, payer.Code.Replace("-", "", StringComparison.Ordinal), payer.Email, payer.UserId)
    {
        NationalIdHash = payer.Kind == PayerKind.Person && payer.IdHash.Length > 0 ? payer.IdHash : null,
    };

    public static BillSource Source(TaxAssessment assessment, int sequence) => new(ModuleName, $"{assessment.Number}/{sequence}");

    public static PenaltyPolicy Penalty(TaxKind kind, DateOnly dueDate) =>
        kind == TaxKind.LandBuilding ? LandTaxPenalty.BeforeWarning(dueDate) : SignboardPenalty.For(dueDate);

    /// <summary>A bill line's wording in Thai and English for a tax head and year.</summary>
    public static LocalizedText Describe(string head, int year)
    {
        var be = (year + 543).ToString(CultureInfo.InvariantCulture);
        if (LandUses.FromHead(head) is { } use)
        {
            return new($"ภาษีที่ดินและสิ่งปลูกสร้าง ปี {be}: {use.Name().Th}", $"Land and building tax {year}: {use.Name().En}");
        }
        return head switch
        {
            SignboardHead => new($"ภาษีป้าย ปี {be}", $"Signboard tax {year}"),
            SignSurchargeHead => new($"เงินเพิ่มกรณีไม่ยื่นหรือยื่นแบบ ภ.ป.1 เกินกำหนด ปี {be}", $"Signboard filing surcharge {year}"),
            _ when head.EndsWith("-ADJUST", StringComparison.Ordinal) =>
                new($"ส่วนต่างจากการประเมินแก้ไข ปี {be}", $"Difference after a corrected assessment, {year}"),
            _ => new(head, head),
        };
    }

    private static BillLineRequest Line(TaxBillLine line, int year)
    {
        var text = Describe(line.Head, year);
        return new BillLineRequest(line.Head, text.Th, line.Amount) { DescriptionEn = text.En };
    }

    public static IssueBillRequest Request(TaxAssessment assessment, BillPayer payer, int sequence, IReadOnlyList<TaxBillLine> lines, DateOnly dueDate) =>
        new(payer, Source(assessment, sequence), [.. lines.Select(l => Line(l, assessment.Year))],
            dueDate, Penalty(assessment.Kind, dueDate));

    /// <summary>Issues one bill for the assessment now (inside the caller's transaction) and records it.</summary>
    public async Task<TaxBill> IssueAsync(TaxAssessment assessment, TaxPayer payer, IReadOnlyList<TaxBillLine> lines, DateOnly dueDate,
        CancellationToken cancellationToken)
    {
        var sequence = await db.Set<TaxBill>().CountAsync(b => b.AssessmentId == assessment.Id, cancellationToken) + 1;
        var bill = await billing.IssueAsync(Request(assessment, Payer(payer), sequence, lines, dueDate), cancellationToken);
        var taxBill = new TaxBill(assessment, bill.Id, bill.Number, assessment.Revision, dueDate, [.. lines]);
        db.Add(taxBill);
        assessment.Billed += taxBill.Principal;
        return taxBill;
    }

    /// <summary>
    /// Brings the assessment's bills to its current figure (<paramref name="lines"/>) after a correction. Returns the
    /// bill issued, if any.
    /// </summary>
    public async Task<TaxBill?> ReconcileAsync(TaxAssessment assessment, TaxPayer payer, IReadOnlyList<TaxBillLine> lines, DateOnly dueDate,
        string reason, CancellationToken cancellationToken)
    {
        var live = await db.Set<TaxBill>().Where(b => b.AssessmentId == assessment.Id && !b.Cancelled).ToListAsync(cancellationToken);
        var target = lines.Sum(l => l.Amount);
        var billed = live.Sum(b => b.Principal);
        if (target == billed)
        {
            return null;
        }
        var adjustHead = assessment.Kind == TaxKind.LandBuilding ? "LBT-ADJUST" : "SBT-ADJUST";
        if (target > billed)
        {
            return await IssueAsync(assessment, payer, billed == 0 ? lines : [new TaxBillLine(adjustHead, target - billed)], dueDate, cancellationToken);
        }
        // lower: cancel what nobody has paid anything of, then bill what is still owed beyond the bills being paid
        foreach (var bill in live.Where(b => b.Paid == 0))
        {
            // counted first: Payments' cancel event reaches TaxBillEvents at once, which must find it already done
            bill.Cancelled = true;
            assessment.Billed -= bill.Principal;
            await billing.CancelAsync(bill.BillId, new LocalizedText("แก้ไขการประเมิน: " + reason, "Assessment corrected: " + reason).Stored, cancellationToken);
        }
        var kept = live.Where(b => !b.Cancelled).Sum(b => b.Principal);
        if (target > kept)
        {
            return await IssueAsync(assessment, payer, kept == 0 ? lines : [new TaxBillLine(adjustHead, target - kept)], dueDate, cancellationToken);
        }
        assessment.Overpaid = Math.Max(0, live.Where(b => !b.Cancelled).Sum(b => b.Paid) - target);
        return null;
    }
}
