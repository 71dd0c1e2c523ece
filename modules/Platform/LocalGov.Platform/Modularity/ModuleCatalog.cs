namespace LocalGov.Platform.Modularity;

/// <summary>
/// The modules the host loads, in the order Program.cs lists them. A module listed before one it depends on,
/// a missing dependency or a module listed twice stops start-up with a message naming the fix.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly List<LocalGovModule> _modules = [];

    public IReadOnlyList<LocalGovModule> Modules => _modules;

    /// <summary>Identifies the module set; part of the EF model cache key.</summary>
    public string Signature => string.Join(",", _modules.Select(m => m.Name));

    public ModuleCatalog Add(LocalGovModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (_modules.Any(m => m.GetType() == module.GetType() || m.Name == module.Name))
        {
            throw new ModuleDependencyException($"Module '{module.Name}' is listed twice in Program.cs.");
        }

        foreach (var dependency in module.DependsOn)
        {
            if (!_modules.Any(m => m.GetType() == dependency))
            {
                throw new ModuleDependencyException(
                    $"Module '{module.Name}' depends on '{dependency.Name}', which must be listed before it in Program.cs.");
            }
        }

        _modules.Add(module);
        return this;
    }

    public ModuleCatalog Add<TModule>() where TModule : LocalGovModule, new() => Add(new TModule());

    public LocalGovModule? FindByFeature(string feature) => _modules.FirstOrDefault(m => m.Feature == feature);
}
