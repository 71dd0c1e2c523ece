using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Data;

/// <summary>
/// Every tenant's rows are reached through an index that leads with the tenant id, and exactly one index is added for
/// it where the module's own indexes do not already lead with it (a second would be written on every insert for nothing).
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class TenantIndexTests(SqliteHost host)
{
    [Fact]
    public void EveryMultiTenantTable_HasAnIndexLeadingWithTheTenant_AndNoRedundantOne()
    {
        using var scope = host.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Model;
        var tenantTables = model.GetEntityTypes().Where(t => !t.IsOwned() && typeof(IMultiTenant).IsAssignableFrom(t.ClrType)).ToList();
        Assert.Contains(tenantTables, t => t.GetTableName() == "payments_bills");
        foreach (var table in tenantTables)
        {
            var leading = table.GetIndexes().Where(i => i.Properties[0].Name == nameof(IMultiTenant.TenantId)).ToList();
            Assert.True(leading.Count > 0, $"{table.GetTableName()} has no index leading with tenant_id");
            Assert.False(leading.Count > 1 && leading.Any(i => i.Properties.Count == 1),
                $"{table.GetTableName()} has a one-column tenant_id index beside {string.Join(", ", leading.Where(i => i.Properties.Count > 1).Select(i => i.GetDatabaseName()))}");
        }
    }
}
