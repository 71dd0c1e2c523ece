using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Web;

namespace LocalGov.Complaints.Tests;

/// <summary>The complaint workflow (DOMAIN.md, after DIGIT PGR): what each status allows, and what it refuses.</summary>
public sealed class WorkflowRulesTests
{
    private static readonly DateTime T0 = new(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Officer = Guid.NewGuid();

    private static Complaint Filed(int slaHours = 120)
    {
        var c = new Complaint(Guid.NewGuid(), false, "ไฟดับหน้าบ้าน", ComplaintChannel.Web) { Department = "กองช่าง" };
        c.Receive("CMP-2570-000001", T0, slaHours);
        return c;
    }

    private static Complaint InState(ComplaintStatus status)
    {
        var c = Filed();
        switch (status)
        {
            case ComplaintStatus.Filed:
                break;
            case ComplaintStatus.Assigned:
                c.Assign("กองช่าง", Officer, "สมชาย", T0.AddHours(1), "หัวหน้า");
                break;
            case ComplaintStatus.InProgress:
                c.Assign("กองช่าง", Officer, "สมชาย", T0.AddHours(1), "หัวหน้า");
                c.Start(T0.AddHours(2), "สมชาย", null);
                break;
            case ComplaintStatus.Resolved:
                c.Assign("กองช่าง", Officer, "สมชาย", T0.AddHours(1), "หัวหน้า");
                c.Resolve("เปลี่ยนหลอดแล้ว", T0.AddHours(3), "สมชาย");
                break;
            case ComplaintStatus.Rejected:
                c.Reject("อยู่นอกเขต", T0.AddHours(1), "หัวหน้า");
                break;
            case ComplaintStatus.Reopened:
                c.Assign("กองช่าง", Officer, "สมชาย", T0.AddHours(1), "หัวหน้า");
                c.Resolve("เปลี่ยนหลอดแล้ว", T0.AddHours(3), "สมชาย");
                c.Reopen("ยังดับอยู่", T0.AddDays(1), 7, 120);
                break;
            case ComplaintStatus.Closed:
                c.Assign("กองช่าง", Officer, "สมชาย", T0.AddHours(1), "หัวหน้า");
                c.Resolve("เปลี่ยนหลอดแล้ว", T0.AddHours(3), "สมชาย");
                c.Rate(5, null, T0.AddDays(1));
                break;
            case ComplaintStatus.Transferred:
                c.TransferTo("other", "อบต.อื่น", "CMP-2570-000009", "นอกเขต", T0.AddHours(1), "หัวหน้า");
                break;
        }
        Assert.Equal(status, c.Status);
        return c;
    }

    public static TheoryData<ComplaintStatus, string, bool> Moves()
    {
        var allowed = new Dictionary<string, ComplaintStatus[]>
        {
            ["assign"] = [ComplaintStatus.Filed, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Reopened],
            ["start"] = [ComplaintStatus.Assigned, ComplaintStatus.Reopened],
            ["resolve"] = [ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Reopened],
            ["reject"] = [ComplaintStatus.Filed, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Reopened],
            ["transfer"] = [ComplaintStatus.Filed, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Reopened],
            ["reopen"] = [ComplaintStatus.Resolved, ComplaintStatus.Rejected],
            ["rate"] = [ComplaintStatus.Resolved, ComplaintStatus.Rejected],
            ["close"] = [ComplaintStatus.Resolved, ComplaintStatus.Rejected],
        };
        var data = new TheoryData<ComplaintStatus, string, bool>();
        foreach (var status in Enum.GetValues<ComplaintStatus>().Where(s => s != ComplaintStatus.PendingConfirmation))
        {
            foreach (var (move, from) in allowed)
            {
                data.Add(status, move, from.Contains(status));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void EachStatus_AllowsOnlyItsMoves_AndRefusesTheRestWithAClearMessage(ComplaintStatus status, string move, bool allowed)
    {
        var c = InState(status);
        var stamp = (c.Status, c.UpdatedAt, c.StatusNotes);
        var at = T0.AddDays(2);
        Action act = move switch
        {
            "assign" => () => c.Assign("กองช่าง", Officer, "สมชาย", at, "หัวหน้า"),
            "start" => () => c.Start(at, "สมชาย", null),
            "resolve" => () => c.Resolve("ซ่อมแล้ว", at, "สมชาย"),
            "reject" => () => c.Reject("ซ้ำ", at, "หัวหน้า"),
            "transfer" => () => c.TransferTo("x", "อบต.เอ็กซ์", "CMP-2570-000002", "นอกเขต", at, "หัวหน้า"),
            "reopen" => () => c.Reopen("ยังไม่หาย", at, 7, 120),
            "rate" => () => c.Rate(4, "ดี", at),
            _ => () => c.CloseUnanswered(at),
        };
        if (allowed)
        {
            act();
            return;
        }
        var e = Assert.Throws<BusinessRuleException>(act);
        Assert.Equal(409, e.StatusCode);
        Assert.Contains(ComplaintStatusText.Of(status).Th, e.UserMessage.Th, StringComparison.Ordinal);
        Assert.Contains(ComplaintStatusText.Of(status).En.ToLowerInvariant(), e.UserMessage.En, StringComparison.Ordinal);
        Assert.Equal(stamp, (c.Status, c.UpdatedAt, c.StatusNotes)); // nothing changed
    }

    [Fact]
    public void Receive_SetsTheTrackingCode_AndTheDueTimeFromTheCategorySla()
    {
        var c = Filed(slaHours: 72);
        Assert.Equal("CMP-2570-000001", c.TrackingCode);
        Assert.Equal(T0.AddHours(72), c.DueAt);
        Assert.True(c.IsOverdue(T0.AddHours(72).AddSeconds(1)));
        Assert.False(c.IsOverdue(T0.AddHours(71)));
    }

    [Fact]
    public void StartOrResolve_WithoutAnOfficer_IsRefused()
    {
        var c = InState(ComplaintStatus.Rejected); // rejected before anyone was assigned
        c.Reopen("ไม่ได้อยู่นอกเขต", T0.AddDays(1), 7, 120);
        Assert.Null(c.OfficerId);
        var start = Assert.Throws<BusinessRuleException>(() => c.Start(T0.AddDays(2), "สมชาย", null));
        Assert.Contains("Assign an officer", start.UserMessage.En, StringComparison.Ordinal);
        Assert.Throws<BusinessRuleException>(() => c.Resolve("ซ่อมแล้ว", T0.AddDays(2), "สมชาย"));
        Assert.Equal(ComplaintStatus.Reopened, c.Status);
    }

    [Fact]
    public void Resolve_NeedsANote_AndRejectNeedsAReason()
    {
        var assigned = InState(ComplaintStatus.Assigned);
        Assert.Equal("note", Assert.Throws<BusinessRuleException>(() => assigned.Resolve("  ", T0, null)).Field);
        Assert.Equal("reason", Assert.Throws<BusinessRuleException>(() => Filed().Reject("", T0, null)).Field);
    }

    [Fact]
    public void Reopen_OnlyWithinTheSetDays_AndRestartsTheSlaClock()
    {
        var late = InState(ComplaintStatus.Resolved);
        var e = Assert.Throws<BusinessRuleException>(() => late.Reopen("ยังดับ", T0.AddHours(3).AddDays(7).AddMinutes(1), 7, 120));
        Assert.Contains("7", e.UserMessage.En, StringComparison.Ordinal);

        var inTime = InState(ComplaintStatus.Resolved);
        var at = T0.AddDays(6);
        var step = inTime.Reopen("ยังดับ", at, 7, 120);
        Assert.Equal(ComplaintStatus.Reopened, inTime.Status);
        Assert.Equal(at.AddHours(120), inTime.DueAt);
        Assert.Equal(1, inTime.ReopenCount);
        Assert.Equal("ยังดับ", step.InternalNote); // the resident's words may hold personal details
        Assert.DoesNotContain("ยังดับ", step.PublicNote!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Rating_IsOneToFive(int stars)
    {
        var c = InState(ComplaintStatus.Resolved);
        Assert.Equal("rating", Assert.Throws<BusinessRuleException>(() => c.Rate(stars, null, T0.AddDays(1))).Field);
        Assert.Equal(ComplaintStatus.Resolved, c.Status);
    }

    [Fact]
    public void Rating_ClosesTheComplaint_AndKeepsTheResolutionNoteForTheResident()
    {
        var c = InState(ComplaintStatus.Resolved);
        c.Rate(4, "เร็วดี", T0.AddDays(1));
        Assert.Equal(ComplaintStatus.Closed, c.Status);
        Assert.Equal(4, c.Rating);
        Assert.Equal("เปลี่ยนหลอดแล้ว", c.StatusNotes);
        Assert.Equal(T0.AddDays(1), c.ClosedAt);
    }

    [Fact]
    public void InternalNotes_AreNotPublicSteps_AndDoNotChangeWhatThePublicSees()
    {
        var c = InState(ComplaintStatus.Assigned);
        var updated = c.UpdatedAt;
        var note = c.AddNote("โทรหาผู้แจ้งแล้ว", T0.AddHours(5), "สมชาย");
        Assert.False(note.IsPublic);
        Assert.Null(note.PublicNote);
        Assert.Equal(updated, c.UpdatedAt);
    }

    [Fact]
    public void Overdue_IsNotAPublicChange()
    {
        var c = Filed();
        var updated = c.UpdatedAt;
        c.MarkOverdue(T0.AddDays(6));
        Assert.Equal(updated, c.UpdatedAt);
        Assert.Equal(T0.AddDays(6), c.OverdueAt);
    }

    [Fact]
    public void OverlongNotes_AreRefusedWithAMessage_NotLeftToTheDatabase()
    {
        var c = InState(ComplaintStatus.Assigned);
        var e = Assert.Throws<BusinessRuleException>(() => c.Resolve(new string('ก', Complaint.MaxNote + 1), T0, null));
        Assert.Contains("1,000", e.UserMessage.En, StringComparison.Ordinal);
        Assert.Throws<BusinessRuleException>(() => c.AddNote(new string('x', Complaint.MaxInternalNote + 1), T0, null));
        Assert.Throws<BusinessRuleException>(() => c.Assign(new string('x', 201), Officer, "สมชาย", T0, null));
        Assert.Equal(ComplaintStatus.Assigned, c.Status);
    }
}
