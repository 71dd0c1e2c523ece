using System.Globalization;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using LocalGov.Thai;

namespace LocalGov.Permits.Publishing;

/// <summary>One step of the service, with the time it may take (null: no limit of its own).</summary>
public sealed record ManualStep(LocalizedText Title, LocalizedText Detail, LocalizedText? TimeLimit);

/// <summary>One line of the fee section: what it is for and the amount or rule.</summary>
public sealed record ManualFee(LocalizedText Item, LocalizedText Amount);

/// <summary>
/// The public service manual (คู่มือสำหรับประชาชน) the Licensing Facilitation Act B.E. 2558, section 7, makes every
/// licensing office publish: legal basis, who must apply, where and how, the steps with their time limits, the
/// documents, the fees, validity and renewal, the appeal route and where to complain. Built from the permit type
/// and the LAO's settings only, so the manual says exactly what the workflow does.
/// </summary>
public sealed record ServiceManual(
    PermitType Type,
    LocalizedText Lao,
    LocalizedText WhoMustApply,
    LocalizedText Where,
    IReadOnlyList<ManualStep> Steps,
    LocalizedText TotalTime,
    IReadOnlyList<ManualFee> Fees,
    LocalizedText Validity,
    LocalizedText? Renewal,
    LocalizedText Complaints)
{
    /// <summary>The fee rule in one line, for the catalogue.</summary>
    public static LocalizedText FeeSummary(PermitType type)
    {
        switch (type.FeeMode)
        {
            case FeeMode.Fixed:
                return type.FixedFee <= 0 ? new("ไม่มีค่าธรรมเนียม", "No fee") : Baht(type.FixedFee);
            case FeeMode.PerSquareMetre:
                var rate = Baht(type.RatePerSquareMetre);
                var th = $"ตารางเมตรละ {rate.Th}";
                var en = $"{rate.En} per m²";
                if (type.MinimumFee > 0)
                {
                    th += $" อย่างน้อย {Baht(type.MinimumFee).Th}";
                    en += $", at least {Baht(type.MinimumFee).En}";
                }
                if (type.MaximumFee is { } cap)
                {
                    th += $" ไม่เกิน {Baht(cap).Th}";
                    en += $", at most {Baht(cap).En}";
                }
                return new(th, en);
            default:
                if (type.FeeCategories.Count == 0)
                {
                    return new("ตามประเภทกิจการ", "By category");
                }
                var low = type.FeeCategories.Min(c => c.Fee);
                var high = type.FeeCategories.Max(c => c.Fee);
                return low == high
                    ? Baht(low)
                    : new($"{Baht(low).Th} – {Baht(high).Th} ตามประเภทกิจการ", $"{Baht(low).En} – {Baht(high).En} by category");
        }
    }

    /// <summary>How long a permit of the type lasts.</summary>
    public static LocalizedText ValidityOf(PermitType type) => type.ValidityMonths switch
    {
        null => new("ไม่มีวันหมดอายุ (ใช้ได้จนกว่าจะถูกเพิกถอน)", "Does not expire (valid until revoked)"),
        12 => new("1 ปี นับแต่วันที่ออกใบอนุญาต", "1 year from the day it is issued"),
        { } months when months % 12 == 0 => new($"{months / 12} ปี นับแต่วันที่ออกใบอนุญาต", $"{months / 12} years from the day it is issued"),
        { } months => new($"{months} เดือน นับแต่วันที่ออกใบอนุญาต", $"{months} months from the day it is issued"),
    };

    public static LocalizedText Days(int days) => new($"{days} วัน", days == 1 ? "1 day" : $"{days} days");

    private static LocalizedText Baht(decimal amount)
    {
        var figures = ThaiBahtText.ToFigures(amount);
        return new($"{figures} บาท", $"{figures} baht");
    }

    /// <summary>Builds the manual of <paramref name="type"/> as the current LAO publishes it.</summary>
    public static async Task<ServiceManual> BuildAsync(PermitType type, ICurrentTenant tenant, ISettingProvider settings, CancellationToken cancellationToken)
    {
        var lao = tenant.Tenant?.Name ?? new LocalizedText("องค์กรปกครองส่วนท้องถิ่น", "the local government");
        var documentsDays = await PermitsSettings.DocumentsDaysAsync(settings, cancellationToken);
        var feeDays = await PermitsSettings.FeeDueDaysAsync(settings, cancellationToken);
        var reminderDays = await PermitsSettings.RenewalReminderDaysAsync(settings, cancellationToken);
        var surcharge = await PermitsSettings.LateRenewalSurchargeAsync(settings, cancellationToken);
        var complaints = await PermitsSettings.ComplaintsChannelAsync(settings, cancellationToken);

        var steps = new List<ManualStep>
        {
            new(new("ยื่นคำขอพร้อมเอกสาร", "Apply with the documents"),
                new("ยื่นคำขอทางออนไลน์หรือที่สำนักงาน เมื่อยื่นแล้วจะได้รับเลขที่คำขอและวันครบกำหนดแจ้งผลการพิจารณาทันที ทางหน้าจอและอีเมล",
                    "Apply online or at the office. You receive the application number and the date the decision is due at once, on screen and by email."),
                null),
            new(new("ตรวจความครบถ้วนของคำขอและเอกสาร", "Completeness check"),
                new($"เจ้าหน้าที่ตรวจคำขอและเอกสาร หากไม่ครบจะแจ้งรายการที่ขาดเป็นหนังสือเพียงครั้งเดียว ท่านมีเวลา {documentsDays} วันในการยื่นเพิ่มเติม ระหว่างนั้นยังไม่นับระยะเวลาพิจารณา",
                    $"An officer checks the application and documents. Anything missing is listed in writing, once only; you have {documentsDays} days to send it, and the decision period does not run meanwhile."),
                null),
        };
        if (type.InspectionRequired)
        {
            steps.Add(new(new("ตรวจสถานที่", "Site inspection"),
                new("เจ้าหน้าที่นัดตรวจสถานที่ตามรายการตรวจของใบอนุญาตประเภทนี้ และบันทึกผลการตรวจ",
                    "An officer arranges a visit, checks the premises against this permit's checklist and records the result."),
                null));
        }
        steps.Add(new(new("พิจารณาและมีคำสั่ง", "Decision"),
            new("อนุมัติ (อาจมีเงื่อนไข) หรือไม่อนุมัติพร้อมเหตุผลและสิทธิอุทธรณ์ หากพิจารณาไม่แล้วเสร็จภายในกำหนด จะแจ้งเหตุที่ล่าช้าให้ทราบทุก 7 วัน",
                "Approval (possibly with conditions), or rejection with the reasons and how to appeal. If the decision is late, you are told why every 7 days."),
            new($"ภายใน {type.DecisionDays} วัน นับจากวันที่ได้รับคำขอและเอกสารครบถ้วน",
                $"Within {type.DecisionDays} days of a complete application")));
        steps.Add(new(new("แจ้งผลการพิจารณา", "You are told the decision"),
            new("แจ้งผลการพิจารณาให้ผู้ยื่นคำขอทราบทางอีเมลหรือหนังสือ", "The decision is sent to you by email or letter."),
            new("ภายใน 7 วัน นับแต่วันที่มีคำสั่ง", "Within 7 days of the decision")));
        if (!(type.FeeMode == FeeMode.Fixed && type.FixedFee <= 0))
        {
            steps.Add(new(new("ชำระค่าธรรมเนียม", "Pay the fee"),
                new("ชำระด้วยพร้อมเพย์ (สแกนคิวอาร์โค้ด) หรือที่ช่องรับชำระเงินของสำนักงาน", "Pay by PromptPay (scan the QR code) or at the office cashier."),
                new($"ภายใน {feeDays} วัน นับแต่วันที่อนุมัติ", $"Within {feeDays} days of the approval")));
        }
        steps.Add(new(new($"รับ{type.CertificateNameTh}", $"Receive the {type.CertificateNameEn}"),
            new("ออกใบอนุญาตทันทีเมื่อชำระค่าธรรมเนียม พิมพ์ได้เองจากระบบ ใบอนุญาตมีคิวอาร์โค้ดให้ผู้อื่นตรวจสอบความถูกต้องได้",
                "The permit is issued as soon as the fee is paid; print it yourself. Its QR code lets anyone check that it is genuine."),
            null));

        var fees = new List<ManualFee>();
        if (type.FeeMode == FeeMode.ByCategory)
        {
            fees.AddRange(type.FeeCategories.Select(c => new ManualFee(new(c.NameTh, c.NameEn), Baht(c.Fee))));
        }
        else
        {
            fees.Add(new ManualFee(new("ค่าธรรมเนียมใบอนุญาต", "Permit fee"), FeeSummary(type)));
        }
        if (type.Renewable && surcharge > 0)
        {
            var percent = surcharge.ToString("0.##", CultureInfo.InvariantCulture);
            fees.Add(new ManualFee(new("ต่ออายุหลังวันหมดอายุ", "Renewal after the expiry date"),
                new($"เสียเงินเพิ่มร้อยละ {percent} ของค่าธรรมเนียม", $"{percent} % on top of the fee")));
        }

        LocalizedText who = type.AreaAbove is { } above
            ? new($"ผู้ที่จะประกอบกิจการตามใบอนุญาตนี้ ในสถานที่ที่มีพื้นที่เกิน {above:0.##} ตารางเมตร", $"Anyone who will run this business on premises of more than {above:0.##} m²")
            : type.AreaAtMost is { } most
                ? new($"ผู้ที่จะประกอบกิจการตามประเภทนี้ ในสถานที่ที่มีพื้นที่ไม่เกิน {most:0.##} ตารางเมตร", $"Anyone who will run this business on premises of {most:0.##} m² or less")
                : type.Kind == PermitKind.Building
                    ? new("เจ้าของอาคารหรือผู้ได้รับมอบอำนาจ ที่จะก่อสร้าง ดัดแปลง หรือรื้อถอนอาคารในเขตของหน่วยงาน", "The owner of the building, or someone they authorise, who will build, alter or demolish a building in this area")
                    : new("บุคคลธรรมดาหรือนิติบุคคลที่จะประกอบกิจการตามใบอนุญาตนี้ในเขตของหน่วยงาน", "Any person or company who will run this business in this area");

        var where = new LocalizedText(
            $"ยื่นทางออนไลน์ได้ตลอด 24 ชั่วโมงที่หน้านี้ (เข้าสู่ระบบก่อน) หรือยื่นด้วยตนเองที่สำนักงาน{lao.Th} ในวันและเวลาราชการ",
            $"Online at any time on this page (sign in first), or in person at the office of {lao.En} during office hours.");

        LocalizedText? renewal = type.Renewable
            ? new($"ต่ออายุได้ตั้งแต่ {reminderDays} วันก่อนวันหมดอายุ ระบบจะแจ้งเตือนทางอีเมล หากไม่มีการเปลี่ยนแปลงต่ออายุได้ในไม่กี่ขั้นตอน" +
                  (surcharge > 0 ? $" หากยื่นหลังวันหมดอายุต้องเสียเงินเพิ่มร้อยละ {surcharge:0.##} ของค่าธรรมเนียม" : ""),
                $"Renew from {reminderDays} days before the expiry date; we remind you by email. If nothing has changed, renewal takes a few clicks." +
                  (surcharge > 0 ? $" A renewal filed after the expiry date costs {surcharge:0.##} % more." : ""))
            : null;

        var total = new LocalizedText($"{type.DecisionDays} วัน (นับจากวันที่ได้รับคำขอและเอกสารครบถ้วน)", $"{type.DecisionDays} days (from a complete application)");
        return new ServiceManual(type, lao, who, where, steps, total, fees, ValidityOf(type), renewal, LocalizedText.FromPair(complaints));
    }
}
