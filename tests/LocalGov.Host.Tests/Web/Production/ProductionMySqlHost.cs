using LocalGov.Host.Tests.Infrastructure;

namespace LocalGov.Host.Tests.Web.Production;

/// <summary>The MariaDB host in the Production environment.</summary>
public sealed class ProductionMySqlHost : MySqlHost
{
    protected override string EnvironmentName => "Production";

    protected override void Configure(IDictionary<string, string> settings)
    {
        base.Configure(settings);
        ProductionHost.Apply(settings);
    }
}
