using LocalGov.Platform.Localization;
using LocalGov.Tax.Objections;

namespace LocalGov.Tax.Areas.Tax.Pages.Objections;

/// <summary>The names the objection pages give an objection's state and decision.</summary>
public static class ObjectionLabels
{
    public static LocalizedText Status(ObjectionStatus status) => status switch
    {
        ObjectionStatus.Filed => new("รอพิจารณา", "Waiting for a decision"),
        ObjectionStatus.Upheld => new("รับคำคัดค้าน แก้ไขการประเมินแล้ว", "Upheld: assessment corrected"),
        ObjectionStatus.Rejected => new("ยกคำคัดค้าน ยืนตามการประเมินเดิม", "Rejected: assessment stands"),
        _ => new(status.ToString(), status.ToString()),
    };
}
