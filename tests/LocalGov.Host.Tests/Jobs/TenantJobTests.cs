using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace LocalGov.Host.Tests.Jobs;

public abstract class TenantJobTests(LocalGovHost host)
{
    [Fact]
    public async Task RecurringJob_RunsForActiveTenantsWithTheFeature_AndSkipsTheOthers()
    {
        var runner = host.Services.GetRequiredService<TenantJobRunner>();
        var ran = await runner.RunAsync(NotesModule.ReviewJob, host.Clock.GetUtcNow(), CancellationToken.None);
        var codes = ran.Select(t => t.Code).ToList();

        Assert.Contains("alpha", codes);
        Assert.Contains("beta", codes);
        Assert.DoesNotContain("gamma", codes); // module off
        Assert.DoesNotContain("delta", codes); // suspended
    }

    [Fact]
    public async Task JobForTenantA_NeverTouchesTenantB()
    {
        var title = "untouched-" + Guid.NewGuid().ToString("N");
        var created = await (await host.StaffClient(host.Beta, RoleTemplates.TenantAdmin)
            .PostJsonAsync("/api/notes", new CreateNote(title, null))).ReadAsync<NoteDto>();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(host.Alpha);
            await NotesEndpoints.ReviewAllAsync(new TenantJobContext(host.Alpha, scope.ServiceProvider, host.Clock.GetUtcNow(), CancellationToken.None));
        }

        await using var check = host.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var rows = await db.Set<Note>().IgnoreQueryFilters().Where(n => n.TenantId == host.Alpha.Id || n.Id == created.Id).ToListAsync();
        Assert.All(rows.Where(n => n.TenantId == host.Alpha.Id && !n.IsDeleted), n => Assert.True(n.Reviewed));
        Assert.False(rows.Single(n => n.Id == created.Id).Reviewed);
    }

    [Fact]
    public async Task ModuleJobs_AreScheduledInQuartz_WithTheirCron()
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(new TriggerKey(NotesModule.ReviewJob + "-trigger", "tenants"));
        var cron = Assert.IsAssignableFrom<ICronTrigger>(trigger);
        Assert.Equal("0 0 3 * * ?", cron.CronExpressionString);
        Assert.Equal(SchedulerStatus.Running, scheduler.Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTenantJobTests(SqliteHost host) : TenantJobTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTenantJobTests(PostgresHost host) : TenantJobTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlTenantJobTests(MySqlHost host) : TenantJobTests(host);
