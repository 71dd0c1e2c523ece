using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Web;

namespace LocalGov.Permits.Tests;

/// <summary>The clock on the entity itself, with Bangkok dates (ADR 15).</summary>
public sealed class PermitApplicationClockTests
{
    private static PermitApplication New() =>
        new(DefaultPermitTypes.Create().Single(t => t.Code == DefaultPermitTypes.Building), ApplicationKind.New, ApplicationChannel.Online);

    [Fact]
    public void SubmittedLateInTheBangkokEvening_CountsFromTheBangkokDate()
    {
        var application = New();
        application.Submit("PMA-2570-000001", new DateTime(2026, 11, 22, 17, 30, 0, DateTimeKind.Utc), 45); // 00:30 on 23 Nov in Bangkok
        Assert.Equal(new DateOnly(2026, 11, 23), application.ClockStartedOn);
        Assert.Equal(new DateOnly(2027, 1, 7), application.DueOn);
    }

    [Fact]
    public void LateNotices_AreDueTheDayAfterTheDueDate_ThenEvery7Days()
    {
        var application = New();
        application.Submit("PMA-2570-000002", new DateTime(2026, 11, 1, 3, 0, 0, DateTimeKind.Utc), 45);
        var due = application.DueOn!.Value;
        Assert.False(application.LateNoticeDue(due));
        Assert.True(application.LateNoticeDue(due.AddDays(1)));
        application.RecordLateNotice(DateTime.UtcNow, due.AddDays(1));
        Assert.False(application.LateNoticeDue(due.AddDays(7)));
        Assert.True(application.LateNoticeDue(due.AddDays(8)));
    }

    [Fact]
    public void ADecision_IsInTimeOnOrBeforeTheDueDate_AndADecisionWhileWaitingForDocumentsIsNeverLate()
    {
        var onTime = New();
        onTime.Submit("PMA-2570-000003", new DateTime(2026, 11, 1, 3, 0, 0, DateTimeKind.Utc), 45);
        onTime.Reject(new DateTime(2026, 12, 16, 3, 0, 0, DateTimeKind.Utc), "officer", "reasons", "appeal");
        Assert.True(onTime.DecidedInTime); // 16 Dec is the 45th day

        var late = New();
        late.Submit("PMA-2570-000004", new DateTime(2026, 11, 1, 3, 0, 0, DateTimeKind.Utc), 45);
        late.Reject(new DateTime(2026, 12, 17, 3, 0, 0, DateTimeKind.Utc), "officer", "reasons", "appeal");
        Assert.False(late.DecidedInTime);

        var waiting = New();
        waiting.Submit("PMA-2570-000005", new DateTime(2026, 11, 1, 3, 0, 0, DateTimeKind.Utc), 45);
        waiting.RequestDocuments(new DateTime(2026, 11, 2, 3, 0, 0, DateTimeKind.Utc), "officer", "plans", new DateOnly(2026, 11, 17));
        waiting.Reject(new DateTime(2027, 1, 30, 3, 0, 0, DateTimeKind.Utc), "officer", "documents never came", "appeal");
        Assert.True(waiting.DecidedInTime);
    }

    [Fact]
    public void AStepTheStatusDoesNotAllow_IsRefusedWithAConflict_AndChangesNothing()
    {
        var application = New();
        application.Submit("PMA-2570-000006", new DateTime(2026, 11, 1, 3, 0, 0, DateTimeKind.Utc), 45);
        application.Reject(new DateTime(2026, 11, 5, 3, 0, 0, DateTimeKind.Utc), "officer", "reasons", "appeal");
        var refused = Assert.Throws<BusinessRuleException>(() => application.Approve(DateTime.UtcNow, "officer", null, 100m));
        Assert.Equal(409, refused.StatusCode);
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Null(application.Fee);
    }

    [Fact]
    public void ALateNoticeForAnApplicantWithoutEmail_IsRecordedAsALetterToSend_NotAsSent()
    {
        var application = New();
        application.Submit("PMA-2570-000007", new DateTime(2026, 11, 1, 3, 0, 0, DateTimeKind.Utc), 45);
        var step = application.RecordLateNotice(DateTime.UtcNow, application.DueOn!.Value.AddDays(1), mailed: false);
        Assert.Equal(ApplicationEventKind.Note, step.Kind);
        Assert.Contains("letter", step.Note, StringComparison.Ordinal);
        Assert.Equal(1, application.LateNotices);
    }
}
