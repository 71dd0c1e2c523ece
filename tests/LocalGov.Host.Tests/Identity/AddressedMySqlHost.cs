using LocalGov.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace LocalGov.Host.Tests.Identity;

/// <summary>The MariaDB host with callers told apart by address (<see cref="TestAddress"/>), default limits.</summary>
public sealed class AddressedMySqlHost : MySqlHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions
            .AddSingleton<IStartupFilter, TestAddress>(services));
    }
}
