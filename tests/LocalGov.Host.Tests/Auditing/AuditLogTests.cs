using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Auditing;

public abstract class AuditLogTests(LocalGovHost host)
{
    [Fact]
    public async Task EveryWriteRequest_LeavesOneEntry_WithWhoWhatAndTheChangedFields()
    {
        var title = "audited-" + Guid.NewGuid().ToString("N");
        var note = await (await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin)
            .PostJsonAsync("/api/notes", new CreateNote(title, "1112034563562"))).ReadAsync<NoteDto>();

        var entry = await Eventually.HoldsAsync(() => FindAsync(note.Id));
        Assert.Equal(host.Alpha.Id, entry.TenantId);
        Assert.Equal("staff-alpha", entry.UserId);
        Assert.Equal("POST /api/notes", entry.Action);
        Assert.True(entry.Succeeded);
        Assert.Equal(201, entry.StatusCode);
        var change = Assert.Single(entry.Changes, c => c.EntityType == nameof(Note));
        Assert.Equal(AuditChangeType.Created, change.ChangeType);
        Assert.Contains(title, change.PropertiesJson, StringComparison.Ordinal);
        Assert.DoesNotContain("1112034563562", change.PropertiesJson, StringComparison.Ordinal); // personal data masked
        Assert.Contains("***", change.PropertiesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedWrite_IsLoggedWithItsOutcome_AndWithoutChanges()
    {
        var client = host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin);
        var note = await (await client.PostJsonAsync("/api/notes", new CreateNote("v1", null))).ReadAsync<NoteDto>();
        Assert.Equal(HttpStatusCode.OK, (await client.PutJsonAsync($"/api/notes/{note.Id}", new UpdateNote("v2", note.ConcurrencyStamp))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PutJsonAsync($"/api/notes/{note.Id}", new UpdateNote("v3", note.ConcurrencyStamp))).StatusCode);

        var entries = await Eventually.HoldsAsync(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            var found = await db.Set<AuditLog>().Include(a => a.Changes)
                .Where(a => a.Action == $"PUT /api/notes/{note.Id}").ToListAsync();
            Assert.Equal(2, found.Count);
            return found;
        });
        var failed = Assert.Single(entries, e => !e.Succeeded);
        Assert.Equal(409, failed.StatusCode);
        Assert.Empty(failed.Changes);
        var succeeded = Assert.Single(entries, e => e.Succeeded);
        Assert.Contains("\"Before\":\"v1\"", Assert.Single(succeeded.Changes).PropertiesJson, StringComparison.Ordinal);
    }

    private async Task<AuditLog> FindAsync(Guid noteId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var id = noteId.ToString();
        var changes = await db.Set<AuditEntityChange>().Where(c => c.EntityId == id).ToListAsync();
        var logId = Assert.Single(changes).AuditLogId;
        return await db.Set<AuditLog>().Include(a => a.Changes).SingleAsync(a => a.Id == logId);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAuditLogTests(SqliteHost host) : AuditLogTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditLogTests(PostgresHost host) : AuditLogTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlAuditLogTests(MySqlHost host) : AuditLogTests(host);
