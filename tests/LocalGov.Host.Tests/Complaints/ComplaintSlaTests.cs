using LocalGov.Complaints.Sla;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Complaints;

/// <summary>The SLA clock, escalation and closing, with the host's clock moved instead of waiting.</summary>
public abstract class ComplaintSlaTests(LocalGovHost host)
{
    private Task RunAsync(string job) =>
        host.Services.GetRequiredService<TenantJobRunner>().RunAsync(job, host.Clock.GetUtcNow(), CancellationToken.None);

    private async Task<int> MailCountAsync(string to, string templateSubjectPart)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<OutboxEmail>().AsNoTracking()
            .CountAsync(m => m.To == to && m.Subject.Contains(templateSubjectPart));
    }

    [Fact]
    public async Task APastDueComplaint_IsMarkedOverdue_AndItsSupervisorsAreMailedOnce()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var lamp = await world.FileAsync("street-light"); // 72 hours
        var road = await world.FileAsync("road"); // 120 hours

        await RunAsync(SlaMonitor.OverdueJob);
        Assert.Null((await world.ReloadAsync(lamp.Id)).OverdueAt);

        using (host.Clock.Shift(TimeSpan.FromHours(73)))
        {
            await RunAsync(SlaMonitor.OverdueJob);
            await RunAsync(SlaMonitor.OverdueJob); // a second run mails nobody again

            var marked = await world.ReloadAsync(lamp.Id);
            Assert.NotNull(marked.OverdueAt);
            Assert.Null((await world.ReloadAsync(road.Id)).OverdueAt); // not due yet
            Assert.Equal(1, await MailCountAsync(world.Supervisor.Email!, lamp.TrackingCode!));
            Assert.Equal(0, await MailCountAsync(world.Officer.Email!, lamp.TrackingCode!)); // officers are not supervisors
            Assert.Contains(ComplaintEventKind.Overdue, (await world.TimelineAsync(lamp.Id)).Select(e => e.Kind));

            var overdue = await world.SupervisorClient.GetPageAsync(world.Path("/staff/complaints?view=overdue"));
            Assert.Contains(lamp.TrackingCode!, overdue, StringComparison.Ordinal);
            Assert.DoesNotContain(road.TrackingCode!, overdue, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheInbox_IsSortedByDueTime()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var road = await world.FileAsync("road"); // due in 120 h
        var lamp = await world.FileAsync("street-light"); // due in 72 h, filed later
        var page = await world.SupervisorClient.GetPageAsync(world.Path("/staff/complaints"));
        Assert.True(page.IndexOf(lamp.TrackingCode!, StringComparison.Ordinal) < page.IndexOf(road.TrackingCode!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolvedComplaints_CloseThemselves_AfterTheSetDays_AndReopeningHasADeadline()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var reporter = new LocalGov.Complaints.Filing.Reporter(Guid.NewGuid(), "ผู้แจ้ง", People.NewEmail("closer"), null);
        var early = await world.FileAsync(reporter: reporter);
        var late = await world.FileAsync(reporter: reporter);
        foreach (var c in new[] { early, late })
        {
            await world.InScopeAsync(async (services, _) =>
            {
                var actions = services.GetRequiredService<ComplaintActions>();
                await actions.AssignAsync(c.TrackingCode!, null, "กองช่าง", world.Officer.Id, "เจ้าหน้าที่", "หัวหน้า", default);
                return await actions.ResolveAsync(c.TrackingCode!, null, "ซ่อมแล้ว", null, "เจ้าหน้าที่", default);
            });
        }

        using (host.Clock.Shift(TimeSpan.FromDays(8)))
        {
            var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => world.InScopeAsync((services, _) =>
                services.GetRequiredService<ComplaintActions>().ReopenAsync(late.TrackingCode!, "ยังเสียอยู่", new ReporterProof(reporter.UserId, null), default)));
            Assert.Contains("within 7 days", refused.UserMessage.En, StringComparison.Ordinal);

            await RunAsync(SlaMonitor.AutoCloseJob);
            Assert.Equal(ComplaintStatus.Resolved, (await world.ReloadAsync(early.Id)).Status); // 14 days by default
        }
        using (host.Clock.Shift(TimeSpan.FromDays(15)))
        {
            await RunAsync(SlaMonitor.AutoCloseJob);
            var closed = await world.ReloadAsync(early.Id);
            Assert.Equal(ComplaintStatus.Closed, closed.Status);
            Assert.Equal(ComplaintEventKind.Closed, (await world.TimelineAsync(early.Id))[^1].Kind);
        }
    }

    [Fact]
    public async Task UnconfirmedReports_AreDeletedAfterAWeek()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var pending = await world.FileAsync(confirmByEmail: true, channel: ComplaintChannel.Web);
        await RunAsync(SlaMonitor.AutoCloseJob);
        Assert.Equal(1, await world.InScopeAsync((_, db) => db.Set<Complaint>().CountAsync(c => c.Id == pending.Id)));
        using (host.Clock.Shift(TimeSpan.FromDays(8)))
        {
            await RunAsync(SlaMonitor.AutoCloseJob);
        }
        Assert.Equal(0, await world.InScopeAsync((_, db) => db.Set<Complaint>().CountAsync(c => c.Id == pending.Id)));
        Assert.Equal(0, await world.InScopeAsync((_, db) => db.Set<ComplaintEvent>().CountAsync(e => e.ComplaintId == pending.Id)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteComplaintSlaTests(SqliteHost host) : ComplaintSlaTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresComplaintSlaTests(PostgresHost host) : ComplaintSlaTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlComplaintSlaTests(MySqlHost host) : ComplaintSlaTests(host);
