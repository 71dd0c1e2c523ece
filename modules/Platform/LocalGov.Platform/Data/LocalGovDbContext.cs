using System.Linq.Expressions;
using System.Reflection;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Data;

/// <summary>
/// The one unit of work, assembled from the modules the host loads: each module configures only its own tables.
/// One context means one transaction for work that spans modules.
/// </summary>
public sealed class LocalGovDbContext(
    DbContextOptions<LocalGovDbContext> options,
    ModuleCatalog catalog,
    ICurrentTenant currentTenant) : DbContext(options)
{
    internal ModuleCatalog Catalog => catalog;

    /// <summary>Read by the tenant query filter on every query: the current tenant, or an id no row has.</summary>
    internal Guid CurrentTenantIdForFilter => currentTenant.Id ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        PlatformModel.Configure(modelBuilder);
        foreach (var module in catalog.Modules)
        {
            module.ConfigureModel(modelBuilder);
        }

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => !t.IsOwned()).ToList())
        {
            var clr = entityType.ClrType;
            if (typeof(IMultiTenant).IsAssignableFrom(clr))
            {
                ApplyTenantFilterMethod.MakeGenericMethod(clr).Invoke(this, [modelBuilder]);
            }
            if (typeof(ISoftDelete).IsAssignableFrom(clr))
            {
                ApplySoftDeleteFilterMethod.MakeGenericMethod(clr).Invoke(null, [modelBuilder]);
            }
            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clr))
            {
                modelBuilder.Entity(clr).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).HasMaxLength(40).IsConcurrencyToken();
            }
        }

        _engine?.ConfigureModel(modelBuilder); // the provider's quirks, over the modules' model
        ModelConventions.Apply(modelBuilder);
    }

    private readonly DatabaseEngine? _engine = options.FindExtension<DatabaseEngineExtension>()?.Engine;

    /// <summary>The database engine the context was configured with (by <see cref="DatabaseSetup.UseLocalGovDatabase"/>), read once from its options.</summary>
    public DatabaseEngine Engine => _engine
        ?? throw new InvalidOperationException("The context was not configured with UseLocalGovDatabase, so no database engine is known.");

    private static readonly MethodInfo ApplyTenantFilterMethod =
        typeof(LocalGovDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private static readonly MethodInfo ApplySoftDeleteFilterMethod =
        typeof(LocalGovDbContext).GetMethod(nameof(ApplySoftDeleteFilter), BindingFlags.Static | BindingFlags.NonPublic)!;

    private void ApplyTenantFilter<TEntity>(ModelBuilder modelBuilder) where TEntity : class, IMultiTenant
    {
        Expression<Func<TEntity, bool>> filter = e => e.TenantId == CurrentTenantIdForFilter;
        var entity = modelBuilder.Entity<TEntity>();
        entity.HasQueryFilter(TenantFilter.Name, filter);

        // Every tenant's rows are found by an index that leads with the tenant id. A module's own index that starts
        // with it serves the filter as well, so the one-column index is added only where none does: a second index
        // over the same leading column would be written on every insert and never chosen.
        var leadsWithTenant = entity.Metadata.GetIndexes()
            .Any(i => i.Properties[0].Name == nameof(IMultiTenant.TenantId));
        if (!leadsWithTenant)
        {
            entity.HasIndex(e => e.TenantId);
        }
    }

    private static void ApplySoftDeleteFilter<TEntity>(ModelBuilder modelBuilder) where TEntity : class, ISoftDelete
    {
        Expression<Func<TEntity, bool>> filter = e => !e.IsDeleted;
        modelBuilder.Entity<TEntity>().HasQueryFilter(TenantFilter.SoftDelete, filter);
    }
}
