using LocalGov.Complaints;
using LocalGov.Host;
using LocalGov.Host.Demo;
using LocalGov.Host.Shell;
using LocalGov.Identity;
using LocalGov.OpenData;
using LocalGov.Payments;
using LocalGov.Platform.Modularity;
using LocalGov.Permits;
using LocalGov.Tax;
using LocalGov.Tenants;
using LocalGov.WasteFees;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddLocalGovLogging(builder.Configuration);

// The database engines this host ships (Database:Provider picks one), then the modules it runs, in dependency
// order. A module listed before one it depends on stops start-up.
builder.AddLocalGov(DatabaseEngines.Shipped, modules => modules
    .Add<IdentityModule>()
    .Add<TenantsModule>()
    .Add<PaymentsModule>()
    .Add<ComplaintsModule>()
    .Add<WasteFeesModule>()
    .Add<PermitsModule>()
    .Add<TaxModule>()
    .Add<OpenDataModule>()); // after the modules whose datasets and services it lists

builder.Services.AddRazorPages();
builder.Services.AddScoped<ShellViewModel>();
builder.Services.AddLocalGovDemo(builder.Configuration);

var app = builder.Build();

await app.InitializeLocalGovDatabaseAsync();
await app.SeedLocalGovDemoAsync();

app.UseLocalGov();
app.MapRazorPages();
app.MapShellEndpoints();
app.PrintDemoBanner();

await app.RunAsync();

/// <summary>The host's entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
