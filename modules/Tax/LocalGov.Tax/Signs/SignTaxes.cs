using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Notifications;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signboard;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Signs;

/// <summary>A sign in a declaration: one already on the register (by id, possibly with corrected details) or a new one.</summary>
public sealed record SignEntry(Guid? SignId, SignDetails Details);

/// <summary>
/// The signboard register and its tax: registering signs, filing declarations (ภ.ป.1) online or at the counter,
/// and assessing them into a ภ.ป.3 notice with a bill due in 15 days. A declaration filed late draws 5 % of the
/// late signs' tax; signs the officer found undeclared draw 10 % (DOMAIN.md). Late payment is 2 % a month.
/// </summary>
public sealed class SignTaxes(LocalGovDbContext db, INumberingService numbers, TaxRates taxRates, AssessmentBilling bills, TaxMail mail,
    IAuditScope audit, TimeProvider clock)
{
    public const string SignSequence = "SGN";
    public const string DeclarationSequence = "PP1";
    public const string AssessmentSequence = "SBT";
    public const decimal LateFilingPercent = 5m;
    public const decimal UndeclaredPercent = 10m;

    /// <summary>Registers a sign for a payer and saves it (inside the caller's transaction when there is one).</summary>
    public async Task<Sign> RegisterAsync(Guid payerId, SignDetails details, CancellationToken cancellationToken)
    {
        var errors = details.Validate(BangkokTime.Today(clock));
        if (errors.Count > 0)
        {
            throw new BusinessRuleException(errors[0].Message, errors[0].Field);
        }
        await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var number = await numbers.NextAsync(SignSequence, cancellationToken: cancellationToken);
        var sign = new Sign(number.Formatted, payerId);
        Apply(sign, details);
        db.Add(sign);
        await db.SaveChangesAsync(cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }
        return sign;
    }

    internal static void Apply(Sign sign, SignDetails details)
    {
        sign.Place = details.Place!.Trim();
        sign.Address = details.Address!.Trim();
        sign.Wording = string.IsNullOrWhiteSpace(details.Wording) ? null : details.Wording.Trim();
        sign.Type = details.Type!.Value;
        sign.Moving = details.Moving;
        sign.WidthCm = details.WidthCm!.Value;
        sign.HeightCm = details.HeightCm!.Value;
        sign.InstalledOn = details.InstalledOn!.Value;
    }

    /// <summary>
    /// Files a declaration for <paramref name="year"/>: signs already on the register (the payer's own) and new ones,
    /// which join the register. Every entry is checked first; nothing is saved if any is wrong.
    /// </summary>
    public async Task<SignDeclaration> DeclareAsync(TaxPayer payer, int year, IReadOnlyList<SignEntry> entries, FilingChannel channel, Guid? userId,
        CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        if (year < today.Year - 1 || year > today.Year)
        {
            throw new BusinessRuleException(new LocalizedText($"ยื่นแบบได้สำหรับปี {today.Year + 543} หรือ {today.Year + 542}", $"Declarations are for {today.Year} or {today.Year - 1}."), "Year");
        }
        if (entries.Count is 0 or > 50)
        {
            throw new BusinessRuleException(new LocalizedText("แบบ ภ.ป.1 ต้องมีป้าย 1–50 ป้าย", "A declaration lists 1–50 signs."), "Signs");
        }
        var errors = entries.SelectMany((e, i) => e.Details.Validate(today, $"Signs[{i}].")).ToList();
        if (errors.Count > 0)
        {
            throw new BusinessRuleException(errors[0].Message, errors[0].Field);
        }
        var ids = entries.Where(e => e.SignId is not null).Select(e => e.SignId!.Value).ToList();
        var existing = await db.Set<Sign>().Where(s => ids.Contains(s.Id) && s.PayerId == payer.Id).ToDictionaryAsync(s => s.Id, cancellationToken);
        if (existing.Count != ids.Distinct().Count())
        {
            throw new BusinessRuleException(new LocalizedText("มีป้ายที่ไม่ใช่ของผู้ยื่นแบบนี้", "A sign listed is not this owner's."), "Signs");
        }
        if (entries.Any(e => e.Details.InstalledOn!.Value.Year > year))
        {
            throw new BusinessRuleException(new LocalizedText($"ป้ายที่ติดตั้งหลังปี {year + 543} ยื่นในปีถัดไป", $"Signs put up after {year} are declared the year after."), "Signs");
        }
        await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var declared = new List<DeclaredSign>(entries.Count);
        foreach (var entry in entries)
        {
            Sign sign;
            if (entry.SignId is { } id)
            {
                sign = existing[id];
                Apply(sign, entry.Details);
            }
            else
            {
                sign = await RegisterAsync(payer.Id, entry.Details, cancellationToken);
            }
            declared.Add(new DeclaredSign(sign.Id, sign.Number, sign.Place, sign.Type, sign.Moving, sign.WidthCm, sign.HeightCm, sign.InstalledOn));
        }
        var number = await numbers.NextAsync(DeclarationSequence, AssessmentEngine.TaxYearNumbering(year), cancellationToken);
        var declaration = new SignDeclaration(number.Formatted, year, payer.Id, channel, today, userId, declared);
        db.Add(declaration);
        audit.AddAction("Tax.SignsDeclared", $"{declaration.Number} {payer.Code} {year}: {declared.Count} signs");
        await db.SaveChangesAsync(cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }
        return declaration;
    }

    /// <summary>Assesses a filed declaration into a ภ.ป.3 notice and bills it; a second assessment of the same declaration is refused.</summary>
    public async Task<TaxAssessment> AssessAsync(string declarationNumber, string by, CancellationToken cancellationToken)
    {
        var declaration = await db.Set<SignDeclaration>().SingleOrDefaultAsync(d => d.Number == declarationNumber, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบแบบ ภ.ป.1", "No such declaration."), "number", 404);
        if (declaration.Status != DeclarationStatus.Filed)
        {
            throw new BusinessRuleException(new LocalizedText("แบบนี้ประเมินแล้ว", "This declaration is already assessed."), "number", 409);
        }
        var payer = await db.Set<TaxPayer>().SingleAsync(p => p.Id == declaration.PayerId, cancellationToken);
        var rates = await taxRates.ForYearAsync(declaration.Year, cancellationToken);
        var lines = new List<AssessedSign>();
        decimal lateTax = 0;
        foreach (var sign in declaration.Signs)
        {
            var tax = SignboardCalculator.Calculate(declaration.Year, rates,
                new SignMeasure(sign.Type, sign.Moving, sign.WidthCm, sign.HeightCm, sign.InstalledOn));
            lines.Add(new AssessedSign(sign.Number, sign.Place, sign.Type, sign.Moving, sign.WidthCm, sign.HeightCm, sign.InstalledOn, tax));
            if (declaration.Channel != FilingChannel.OfficerFound && declaration.FiledOn > SignDeclaration.Deadline(rates.SignFilingBy, declaration.Year, sign.InstalledOn))
            {
                lateTax += tax.Tax;
            }
        }
        var taxTotal = lines.Sum(l => l.Tax.Tax);
        var (percent, reason, surchargeBase) = declaration.Channel == FilingChannel.OfficerFound
            ? (UndeclaredPercent, new LocalizedText("ไม่ยื่นแบบ ภ.ป.1 เจ้าพนักงานตรวจพบ: เงินเพิ่มร้อยละ 10", "Not declared, found by the officer: 10 % surcharge"), taxTotal)
            : lateTax > 0
                ? (LateFilingPercent, new LocalizedText("ยื่นแบบ ภ.ป.1 เกินกำหนด ก่อนเจ้าพนักงานแจ้งการประเมิน: เงินเพิ่มร้อยละ 5", "Declared late, before the officer's assessment: 5 % surcharge"), lateTax)
                : (0m, null, 0m);
        var surcharge = Math.Round(surchargeBase * percent / 100m, 2, MidpointRounding.AwayFromZero);
        var today = BangkokTime.Today(clock);
        var due = TaxTimeline.SignDueDate(today);

        await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var number = await numbers.NextAsync(AssessmentSequence, AssessmentEngine.TaxYearNumbering(declaration.Year), cancellationToken);
        var assessment = new TaxAssessment(TaxKind.Signboard, declaration.Year, number.Formatted, payer, declaration.Number);
        assessment.Set(0, taxTotal, surcharge, new AssessmentBreakdown { Signs = lines, SurchargePercent = percent, SurchargeReason = reason }, today, due);
        db.Add(assessment);
        var billLines = new List<TaxBillLine>();
        if (taxTotal > 0)
        {
            billLines.Add(new TaxBillLine(AssessmentBilling.SignboardHead, taxTotal));
        }
        if (surcharge > 0)
        {
            billLines.Add(new TaxBillLine(AssessmentBilling.SignSurchargeHead, surcharge));
        }
        if (billLines.Count > 0)
        {
            await bills.IssueAsync(assessment, payer, billLines, due, cancellationToken);
        }
        declaration.Status = DeclarationStatus.Assessed;
        declaration.AssessmentId = assessment.Id;
        if (mail.SendNotice(payer, assessment))
        {
            assessment.NotifiedAt = clock.GetUtcNow().UtcDateTime;
        }
        audit.AddAction("Tax.SignsAssessed", $"{assessment.Number} for {declaration.Number} by {by}: {assessment.Total:N2}");
        await db.SaveChangesAsync(cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }
        return assessment;
    }

    /// <summary>
    /// Signs the officer found that their owner never declared for the year: recorded as a declaration "found by the
    /// officer" and assessed at once with the 10 % surcharge.
    /// </summary>
    public async Task<TaxAssessment> AssessUndeclaredAsync(Guid payerId, int year, IReadOnlyList<Guid> signIds, string by, CancellationToken cancellationToken)
    {
        var payer = await db.Set<TaxPayer>().SingleOrDefaultAsync(p => p.Id == payerId, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบผู้เสียภาษี", "No such taxpayer."), "payerId", 404);
        var signs = await db.Set<Sign>().Where(s => signIds.Contains(s.Id) && s.PayerId == payerId).ToListAsync(cancellationToken);
        if (signs.Count == 0 || signs.Count != signIds.Distinct().Count())
        {
            throw new BusinessRuleException(new LocalizedText("เลือกป้ายของผู้เสียภาษีรายนี้อย่างน้อยหนึ่งป้าย", "Choose at least one of this owner's signs."), "signIds");
        }
        var entries = signs.Select(s => new SignEntry(s.Id, new SignDetails(s.Place, s.Address, s.Wording, s.Type, s.Moving, s.WidthCm, s.HeightCm, s.InstalledOn))).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var declaration = await DeclareAsync(payer, year, entries, FilingChannel.OfficerFound, null, cancellationToken);
        var assessment = await AssessAsync(declaration.Number, by, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return assessment;
    }
}
