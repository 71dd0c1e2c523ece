using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;

namespace LocalGov.Platform.Modularity;

/// <summary>
/// The modules the host loads, in the order Program.cs lists them. A module listed before one it requires, a
/// missing requirement or a module listed twice stops start-up with a message naming the fix.
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

        foreach (var required in module.Requires)
        {
            if (FindByName(required) is null)
            {
                throw new ModuleDependencyException(
                    $"Module '{module.Name}' depends on '{required}', which must be listed before it in Program.cs.");
            }
        }

        _modules.Add(module);
        return this;
    }

    public ModuleCatalog Add<TModule>() where TModule : LocalGovModule, new() => Add(new TModule());

    public LocalGovModule? FindByFeature(string feature) => _modules.FirstOrDefault(m => m.Feature == feature);

    public LocalGovModule? FindByName(string name) => _modules.FirstOrDefault(m => m.Name == name);

    /// <summary>
    /// What is wrong with switching on exactly <paramref name="enabledModules"/> (optional modules, by name) for one
    /// LAO: each enabled module whose required optional module is off, said once per pair so a person can fix it
    /// either way (switch the required one on, or the other off). Empty when the choice is consistent.
    /// </summary>
    public IReadOnlyList<LocalizedText> CheckSelection(IReadOnlyCollection<string> enabledModules)
    {
        var problems = new List<LocalizedText>();
        foreach (var module in _modules.Where(m => m.IsOptional && enabledModules.Contains(m.Name)))
        {
            foreach (var required in module.Requires.Select(FindByName).OfType<LocalGovModule>()
                         .Where(r => r.IsOptional && !enabledModules.Contains(r.Name)))
            {
                problems.Add(new LocalizedText(
                    $"«{module.DisplayName.Th}» ต้องใช้ «{required.DisplayName.Th}»: เปิด «{required.DisplayName.Th}» ด้วย หรือปิด «{module.DisplayName.Th}»",
                    $"“{module.DisplayName.En}” needs “{required.DisplayName.En}”: switch “{required.DisplayName.En}” on as well, or “{module.DisplayName.En}” off."));
            }
        }
        return problems;
    }

    /// <summary>
    /// Refuses, as the error of the form field <c>modules</c>, a choice of optional modules for one LAO that names
    /// a module this host does not have or leaves one without a module it requires.
    /// </summary>
    public void ValidateSelection(IReadOnlyCollection<string> enabledModules)
    {
        var unknown = enabledModules.Where(m => _modules.All(x => x.Name != m || !x.IsOptional)).ToList();
        if (unknown.Count > 0)
        {
            throw new BusinessRuleException(new LocalizedText(
                $"ไม่มีโมดูล {string.Join(", ", unknown)} ในระบบ", $"No such module: {string.Join(", ", unknown)}."), "modules");
        }
        if (CheckSelection(enabledModules) is [var first, ..] problems)
        {
            throw new BusinessRuleException(problems.Count == 1 ? first : new LocalizedText(
                string.Join(" ", problems.Select(p => p.Th)), string.Join(" ", problems.Select(p => p.En))), "modules");
        }
    }
}
