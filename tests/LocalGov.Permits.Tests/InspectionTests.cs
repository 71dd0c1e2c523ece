using LocalGov.Permits.Review;
using LocalGov.Platform.Web;

namespace LocalGov.Permits.Tests;

public sealed class InspectionTests
{
    private static readonly string[] Checklist = ["ห้องครัวสะอาด / Clean kitchen", "มีอ่างล้างมือ / Hand basins"];

    [Fact]
    public void AnInspection_PassesOnlyWhenEveryLinePasses()
    {
        var inspection = new Inspection(Guid.NewGuid(), new DateOnly(2026, 11, 23), "ผู้ตรวจ");
        inspection.Record(DateTime.UtcNow, "ผู้ตรวจ", Checklist, [new(Checklist[0], true, null), new(Checklist[1], false, "ไม่มีสบู่")], null);
        Assert.Equal(InspectionResult.Failed, inspection.Result);
        Assert.Throws<BusinessRuleException>(() => inspection.Record(DateTime.UtcNow, "ผู้ตรวจ", Checklist, [], null)); // recorded once
    }

    [Fact]
    public void EveryLineMustBeAnswered_AndOverlongNotesAreRefused_NotCut()
    {
        var inspection = new Inspection(Guid.NewGuid(), new DateOnly(2026, 11, 23), "ผู้ตรวจ");
        var missing = Assert.Throws<BusinessRuleException>(() =>
            inspection.Record(DateTime.UtcNow, "ผู้ตรวจ", Checklist, [new(Checklist[0], true, null)], null));
        Assert.Equal("checklist", missing.Field);
        var tooLong = Assert.Throws<BusinessRuleException>(() => inspection.Record(DateTime.UtcNow, "ผู้ตรวจ", Checklist,
            [new(Checklist[0], true, new string('ก', Inspection.MaxLineNote + 1)), new(Checklist[1], true, null)], null));
        Assert.Equal("notes", tooLong.Field);
        Assert.Equal(InspectionResult.Pending, inspection.Result);
    }
}
