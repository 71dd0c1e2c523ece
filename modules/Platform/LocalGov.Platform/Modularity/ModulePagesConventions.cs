using LocalGov.Platform.Features;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LocalGov.Platform.Modularity;

/// <summary>Gates every page of a module's Razor Pages area by the module's feature (404 where it is off).</summary>
internal sealed class ModulePagesConventions(ModuleCatalog catalog) : IConfigureOptions<RazorPagesOptions>
{
    public void Configure(RazorPagesOptions options)
    {
        foreach (var module in catalog.Modules)
        {
            if (module.PagesArea is { } area && module.Feature is { } feature)
            {
                options.Conventions.AddAreaFolderApplicationModelConvention(area, "/", model =>
                {
                    if (!model.HandlerType.IsDefined(typeof(AcrossTenantsAttribute), inherit: false))
                    {
                        model.EndpointMetadata.Add(new RequiresFeatureAttribute(feature));
                    }
                });
            }
        }
    }
}
