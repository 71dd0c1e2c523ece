using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LocalGov.Platform.Data;

/// <summary>The EF model depends on which modules are loaded, so the module set is part of the cache key.</summary>
internal sealed class ModuleModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is LocalGovDbContext local
            ? (context.GetType(), local.Catalog.Signature, designTime)
            : (object)(context.GetType(), designTime);
}
