using LocalGov.Platform.Localization;

namespace LocalGov.Tax.Assessment;

/// <summary>The names staff pages give assessment and run states, in both languages.</summary>
public static class AssessmentLabels
{
    public static LocalizedText Status(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Assessed => new("ประเมินแล้ว", "Assessed"),
        AssessmentStatus.Objected => new("มีคำคัดค้านรอพิจารณา", "Objection pending"),
        AssessmentStatus.Corrected => new("แก้ไขการประเมินแล้ว", "Corrected"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static LocalizedText Run(AssessmentRun run, DateTime now) => run.Status switch
    {
        RunStatus.Running when !run.IsAlive(now) => new("หยุดค้าง (เริ่มใหม่เพื่อทำต่อ)", "Stalled (start again to resume)"),
        RunStatus.Running => new("กำลังประเมิน", "Running"),
        RunStatus.Completed => new("เสร็จแล้ว", "Completed"),
        _ => new("หยุดก่อนเสร็จ (เริ่มใหม่เพื่อทำต่อ)", "Stopped (start again to resume)"),
    };
}
