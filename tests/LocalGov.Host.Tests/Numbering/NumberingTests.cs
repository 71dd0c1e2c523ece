using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Timing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Numbering;

public abstract class NumberingTests(LocalGovHost host)
{
    [Fact]
    public async Task TwoHundredConcurrentRequests_Get200DistinctConsecutiveNumbers()
    {
        var code = "num-" + Guid.NewGuid().ToString("N")[..8];
        var tenant = await host.ProvisionAsync(code, "ทดสอบเลขที่", "Numbering test", ["Notes"]);
        var client = host.StaffClient(tenant, RoleTemplates.TenantAdmin);

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            client.PostJsonAsync($"/t/{code}/api/notes", new CreateNote($"note {i}", null))));
        var notes = await Task.WhenAll(responses.Select(r => r.ReadAsync<NoteDto>()));

        var year = BangkokTime.FiscalYearOf(host.Clock.GetUtcNow().UtcDateTime);
        var expected = Enumerable.Range(1, 200).Select(n => $"NTE-{year}-{n:D6}").ToList();
        Assert.Equal(expected, notes.Select(n => n.Number).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task RolledBackSave_GivesItsNumberBack_SoThereIsNoGap()
    {
        var tenant = await host.ProvisionAsync("gap-" + Guid.NewGuid().ToString("N")[..8], "ช่องว่าง", "Gap test", []);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var numbers = scope.ServiceProvider.GetRequiredService<INumberingService>();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);

        await using (var failed = await db.Database.BeginTransactionAsync())
        {
            Assert.Equal(1, (await numbers.NextAsync("RCP")).Value);
            await failed.RollbackAsync();
        }
        await using var saved = await db.Database.BeginTransactionAsync();
        Assert.Equal(1, (await numbers.NextAsync("RCP")).Value);
        Assert.Equal(2, (await numbers.NextAsync("RCP")).Value);
        await saved.CommitAsync();
    }

    [Fact]
    public async Task TakingANumberOutsideATransaction_IsRefused()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var numbers = scope.ServiceProvider.GetRequiredService<INumberingService>();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(host.Alpha);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => numbers.NextAsync("RCP"));
        Assert.Contains("transaction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachTenantCountsFromOne()
    {
        var first = await host.ProvisionAsync("seq-" + Guid.NewGuid().ToString("N")[..8], "ก", "A", ["Notes"]);
        var second = await host.ProvisionAsync("seq-" + Guid.NewGuid().ToString("N")[..8], "ข", "B", ["Notes"]);
        var a = await (await host.StaffClient(first, RoleTemplates.TenantAdmin).PostJsonAsync($"/t/{first.Code}/api/notes", new CreateNote("a", null))).ReadAsync<NoteDto>();
        var b = await (await host.StaffClient(second, RoleTemplates.TenantAdmin).PostJsonAsync($"/t/{second.Code}/api/notes", new CreateNote("b", null))).ReadAsync<NoteDto>();
        Assert.EndsWith("-000001", a.Number, StringComparison.Ordinal);
        Assert.EndsWith("-000001", b.Number, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteNumberingTests(SqliteHost host) : NumberingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresNumberingTests(PostgresHost host) : NumberingTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlNumberingTests(MySqlHost host) : NumberingTests(host);
