namespace LocalGov.Permits.PermitTypes;

/// <summary>
/// The permit types every LAO starts with (DOMAIN.md "Permits"). Fees are typical bylaw figures for a small LAO;
/// the LAO sets its own on the permit-types page.
/// </summary>
public static class DefaultPermitTypes
{
    public const string Building = "building";
    public const string HealthHazard = "health-hazard";
    public const string FoodLicence = "food-licence";
    public const string FoodNotice = "food-notice";

    private static readonly RequiredDocument IdCopy = new("id-copy", "สำเนาบัตรประจำตัวประชาชน หรือหนังสือรับรองการจดทะเบียนนิติบุคคล",
        "Copy of the national ID card, or the company registration certificate");
    private static readonly RequiredDocument HouseRegister = new("house-register", "สำเนาทะเบียนบ้านของสถานที่ประกอบกิจการ",
        "Copy of the house register of the premises");
    private static readonly RequiredDocument SiteMap = new("site-map", "แผนที่ตั้งสถานที่ประกอบกิจการ", "Map of where the premises are");
    private static readonly RequiredDocument OwnerConsent = new("owner-consent", "หนังสือยินยอมให้ใช้สถานที่ (กรณีไม่ใช่เจ้าของ)",
        "The owner's consent to use the premises (if you are not the owner)", Required: false);

    public static IReadOnlyList<PermitType> Create() => [BuildingPermit(), HealthHazardLicence(), FoodPremisesLicence(), FoodPremisesNotification()];

    private static PermitType BuildingPermit() => new(Building, PermitKind.Building)
    {
        NameTh = "ขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร",
        NameEn = "Permit to build, alter or demolish a building",
        ApplicationForm = "ข.1",
        CertificateNameTh = "ใบอนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร (อ.1)",
        CertificateNameEn = "Building, alteration or demolition permit (Form A.1)",
        LawTh = "พระราชบัญญัติควบคุมอาคาร พ.ศ. 2522 มาตรา 21 และ 22",
        LawEn = "Building Control Act B.E. 2522, sections 21 and 22",
        AppealTh = "ผู้ยื่นคำขอมีสิทธิอุทธรณ์คำสั่งต่อคณะกรรมการพิจารณาอุทธรณ์ ภายใน 30 วันนับแต่วันที่ได้รับแจ้งคำสั่ง (พ.ร.บ.ควบคุมอาคาร พ.ศ. 2522 มาตรา 52) โดยยื่นผ่านเจ้าพนักงานท้องถิ่น",
        AppealEn = "You may appeal to the Appeals Committee within 30 days of being told of this order (Building Control Act B.E. 2522, section 52), lodging the appeal with the local official.",
        DecisionDays = 45,
        ValidityMonths = null,
        InspectionRequired = true,
        AreaRequired = true,
        FeeMode = FeeMode.PerSquareMetre,
        RatePerSquareMetre = 2m,
        MinimumFee = 20m,
        Documents =
        [
            IdCopy,
            new("title-deed", "สำเนาโฉนดที่ดินหรือเอกสารสิทธิ์", "Copy of the land title deed"),
            new("plans", "แบบแปลนและรายการประกอบแบบแปลน", "Building plans and specifications"),
            new("calculations", "รายการคำนวณโครงสร้าง (อาคารที่กฎหมายกำหนด)", "Structural calculations (where the law requires them)", Required: false),
            new("engineer-licence", "สำเนาใบอนุญาตผู้ประกอบวิชาชีพวิศวกรรมและสถาปัตยกรรม", "Copies of the engineer's and architect's licences", Required: false),
            OwnerConsent,
        ],
        Fields =
        [
            new("work", "ประเภทการขออนุญาต", "What you will do", ExtraFieldKind.Choice, Required: true, Choices: ["ก่อสร้าง / build", "ดัดแปลง / alter", "รื้อถอน / demolish"]),
            new("storeys", "จำนวนชั้น", "Number of storeys", ExtraFieldKind.Number, Required: true),
            new("use", "ใช้อาคารเพื่อ", "The building will be used for", ExtraFieldKind.Text, Required: true),
        ],
        Checklist =
        [
            "ที่ดินตรงตามโฉนดและแผนผังบริเวณ / The land matches the deed and the site plan",
            "ระยะร่นและที่ว่างตามกฎกระทรวง / Setbacks and open space meet the ministerial regulations",
            "ไม่รุกล้ำที่สาธารณะหรือทางระบายน้ำ / Nothing encroaches on public land or drains",
        ],
    };

    private static PermitType HealthHazardLicence() => new(HealthHazard, PermitKind.HealthHazardBusiness)
    {
        NameTh = "ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ",
        NameEn = "Licence for a business hazardous to health",
        CertificateNameTh = "ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ",
        CertificateNameEn = "Licence to run a business hazardous to health",
        LawTh = "พระราชบัญญัติการสาธารณสุข พ.ศ. 2535 มาตรา 31 และ 56",
        LawEn = "Public Health Act B.E. 2535, sections 31 and 56",
        AppealTh = "ผู้ยื่นคำขอมีสิทธิอุทธรณ์คำสั่งต่อรัฐมนตรีว่าการกระทรวงสาธารณสุข ภายใน 30 วันนับแต่วันที่ได้ทราบคำสั่ง (พ.ร.บ.การสาธารณสุข พ.ศ. 2535 มาตรา 65) โดยยื่นผ่านเจ้าพนักงานท้องถิ่น",
        AppealEn = "You may appeal to the Minister of Public Health within 30 days of learning of this order (Public Health Act B.E. 2535, section 65), lodging the appeal with the local official.",
        DecisionDays = 30,
        ValidityMonths = 12,
        InspectionRequired = true,
        FeeMode = FeeMode.ByCategory,
        FeeCategories =
        [
            new("small", "กิจการขนาดเล็ก (คนงานไม่เกิน 10 คน)", "Small business (up to 10 workers)", 200m),
            new("medium", "กิจการขนาดกลาง (คนงาน 11–50 คน)", "Medium business (11–50 workers)", 500m),
            new("large", "กิจการขนาดใหญ่ (คนงานเกิน 50 คน)", "Large business (over 50 workers)", 1000m),
        ],
        Documents = [IdCopy, HouseRegister, SiteMap, OwnerConsent],
        Fields = [new("activity", "ประเภทกิจการตามข้อบัญญัติ", "The business, as the bylaw lists it", ExtraFieldKind.Text, Required: true)],
        Checklist =
        [
            "การระบายอากาศและแสงสว่างเพียงพอ / Enough ventilation and light",
            "การจัดการขยะและน้ำเสีย / Waste and wastewater handled",
            "อุปกรณ์ดับเพลิงพร้อมใช้ / Fire extinguishers ready",
            "ไม่ก่อเหตุรำคาญแก่ผู้อยู่ใกล้เคียง / No nuisance to neighbours",
        ],
    };

    private static PermitType FoodPremisesLicence() => new(FoodLicence, PermitKind.FoodPremisesLicence)
    {
        NameTh = "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (พื้นที่เกิน 200 ตารางเมตร)",
        NameEn = "Food premises licence (over 200 m²)",
        CertificateNameTh = "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหารหรือสถานที่สะสมอาหาร",
        CertificateNameEn = "Licence for food premises",
        LawTh = "พระราชบัญญัติการสาธารณสุข พ.ศ. 2535 มาตรา 38",
        LawEn = "Public Health Act B.E. 2535, section 38",
        AppealTh = "ผู้ยื่นคำขอมีสิทธิอุทธรณ์คำสั่งต่อรัฐมนตรีว่าการกระทรวงสาธารณสุข ภายใน 30 วันนับแต่วันที่ได้ทราบคำสั่ง (พ.ร.บ.การสาธารณสุข พ.ศ. 2535 มาตรา 65) โดยยื่นผ่านเจ้าพนักงานท้องถิ่น",
        AppealEn = "You may appeal to the Minister of Public Health within 30 days of learning of this order (Public Health Act B.E. 2535, section 65), lodging the appeal with the local official.",
        DecisionDays = 30,
        ValidityMonths = 12,
        InspectionRequired = true,
        AreaRequired = true,
        AreaAbove = 200m,
        FeeMode = FeeMode.PerSquareMetre,
        RatePerSquareMetre = 2m,
        MinimumFee = 500m,
        MaximumFee = 3000m,
        Documents =
        [
            IdCopy, HouseRegister, SiteMap,
            new("floor-plan", "แผนผังภายในสถานที่จำหน่ายอาหาร", "Floor plan of the premises"),
            new("health-certificates", "ใบรับรองแพทย์ของผู้สัมผัสอาหาร", "Medical certificates of the food handlers"),
            OwnerConsent,
        ],
        Fields = [new("seats", "จำนวนที่นั่ง", "Number of seats", ExtraFieldKind.Number, Required: true)],
        Checklist =
        [
            "พื้นที่ปรุงอาหารสะอาด ถูกสุขลักษณะ / Clean, hygienic kitchen",
            "วางอาหารสูงจากพื้นอย่างน้อย 60 ซม. / Food kept at least 60 cm above the floor",
            "มีอ่างล้างมือและสบู่ / Hand basins with soap",
            "มีบ่อดักไขมัน / Grease trap in place",
            "ผู้สัมผัสอาหารแต่งกายสะอาด / Food handlers dressed cleanly",
        ],
    };

    private static PermitType FoodPremisesNotification() => new(FoodNotice, PermitKind.FoodPremisesNotification)
    {
        NameTh = "หนังสือรับรองการแจ้งจัดตั้งสถานที่จำหน่ายอาหาร (พื้นที่ไม่เกิน 200 ตารางเมตร)",
        NameEn = "Food premises notification (200 m² or less)",
        CertificateNameTh = "หนังสือรับรองการแจ้งจัดตั้งสถานที่จำหน่ายอาหารหรือสถานที่สะสมอาหาร",
        CertificateNameEn = "Certificate of notification of food premises",
        LawTh = "พระราชบัญญัติการสาธารณสุข พ.ศ. 2535 มาตรา 38 และ 48",
        LawEn = "Public Health Act B.E. 2535, sections 38 and 48",
        AppealTh = "ผู้ยื่นคำขอมีสิทธิอุทธรณ์คำสั่งต่อรัฐมนตรีว่าการกระทรวงสาธารณสุข ภายใน 30 วันนับแต่วันที่ได้ทราบคำสั่ง (พ.ร.บ.การสาธารณสุข พ.ศ. 2535 มาตรา 65) โดยยื่นผ่านเจ้าพนักงานท้องถิ่น",
        AppealEn = "You may appeal to the Minister of Public Health within 30 days of learning of this order (Public Health Act B.E. 2535, section 65), lodging the appeal with the local official.",
        DecisionDays = 7,
        ValidityMonths = 12,
        InspectionRequired = false,
        AreaRequired = true,
        AreaAtMost = 200m,
        FeeMode = FeeMode.Fixed,
        FixedFee = 100m,
        Documents = [IdCopy, SiteMap with { Required = false }],
        Fields = [new("food", "ประเภทอาหารที่จำหน่าย", "What food you sell", ExtraFieldKind.Text, Required: true)],
        Checklist = ["สถานที่สะอาด ถูกสุขลักษณะ / Premises clean and hygienic"],
    };
}
