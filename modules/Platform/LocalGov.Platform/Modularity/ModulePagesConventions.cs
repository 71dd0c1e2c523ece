using LocalGov.Platform.Features;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LocalGov.Platform.Modularity;

/// <summary>
/// Gates every page of a module's Razor Pages area by the module's feature (404 where it is off), except pages
/// marked <see cref="AcrossTenantsAttribute"/>. Matched by the page's area name, which works for pages with
/// absolute routes (<c>@page "/complaints/new"</c>) too. A post-configure step: MVC's own setup replaces the
/// conventions collection, so a convention added by an ordinary configure step before it is lost.
/// </summary>
internal sealed class ModulePagesConventions(ModuleCatalog catalog) : IPostConfigureOptions<RazorPagesOptions>
{
    public void PostConfigure(string? name, RazorPagesOptions options) => options.Conventions.Add(new GateByArea(catalog));

    private sealed class GateByArea(ModuleCatalog catalog) : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            var module = catalog.Modules.FirstOrDefault(m => m.PagesArea is { } area && m.Feature is not null &&
                string.Equals(area, model.AreaName, StringComparison.OrdinalIgnoreCase));
            if (module is not null && !model.HandlerType.IsDefined(typeof(AcrossTenantsAttribute), inherit: false))
            {
                model.EndpointMetadata.Add(new RequiresFeatureAttribute(module.Feature!));
            }
        }
    }
}
