namespace LocalGov.Platform.MultiTenancy;

/// <summary>A custom domain mapped to a tenant, e.g. <c>eservice.example-city.go.th</c>.</summary>
public sealed class TenantHostName(string hostName)
{
    public string HostName { get; private set; } = hostName;
}
