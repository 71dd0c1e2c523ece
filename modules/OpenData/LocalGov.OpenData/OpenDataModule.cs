using LocalGov.OpenData.Catalog;
using LocalGov.OpenData.Ckan;
using LocalGov.OpenData.Dcat;
using LocalGov.OpenData.Services;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Modularity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData;

/// <summary>
/// Open government data and the service catalogue (issue 22, items 2 and 4). Other modules publish aggregate
/// datasets (<see cref="Platform.OpenData.IOpenDataset"/>) and public services
/// (<see cref="Platform.OpenData.IPublicServiceSource"/>); this module lists them for every active LAO that has
/// the module on: a CKAN Action API at /api/3/action/ for data.go.th's harvester, DCAT JSON-LD, the /open-data page,
/// and each LAO's /services.json. Always on: a platform part, it owns no tables.
/// </summary>
public sealed class OpenDataModule : LocalGovModule
{
    public override string Name => "OpenData";
    public override LocalizedText DisplayName => new("ข้อมูลเปิดและรายการบริการ", "Open data and service catalogue");
    public override bool IsOptional => false;
    public override string? PagesArea => "OpenData";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<OpenDataCatalog>();
        context.Services.AddSingleton<OpenDataCatalogShapes>();
        context.Services.AddScoped<Platform.OpenData.IOpenDataset, Datasets.SatisfactionDataset>();
        context.Services.AddScoped<CkanDocuments>();
        context.Services.AddScoped<DcatDocument>();
        context.Services.AddScoped<ServiceCatalog>();
        CkanApi.AddServices(context.Services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CkanApi.Map(endpoints);
        OpenDataFiles.Map(endpoints);
        ServiceCatalog.Map(endpoints);
    }

    public override void DefineMenus(MenuDefinitionContext context) => context
        .Add(MenuArea.Resident, "open-data", new("ข้อมูลเปิด", "Open data"), "/open-data", order: 90);
}
