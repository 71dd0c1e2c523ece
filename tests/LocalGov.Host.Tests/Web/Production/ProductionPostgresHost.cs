using LocalGov.Host.Tests.Infrastructure;

namespace LocalGov.Host.Tests.Web.Production;

/// <summary>The PostgreSQL host in the Production environment.</summary>
public sealed class ProductionPostgresHost : PostgresHost
{
    protected override string EnvironmentName => "Production";

    protected override void Configure(IDictionary<string, string> settings)
    {
        base.Configure(settings);
        ProductionHost.Apply(settings);
    }
}
