using LocalGov.Platform.Data;

namespace LocalGov.Platform.Seeding;

/// <summary>What a module's host seed step receives at start: the unit of work (saved after each module) and services.</summary>
public sealed record HostSeedContext(LocalGovDbContext Db, IServiceProvider Services, CancellationToken CancellationToken);
