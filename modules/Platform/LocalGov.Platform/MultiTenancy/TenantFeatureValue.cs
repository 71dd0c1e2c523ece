namespace LocalGov.Platform.MultiTenancy;

/// <summary>A feature switched explicitly on or off for one tenant (otherwise the default applies).</summary>
public sealed class TenantFeatureValue(string name, bool enabled)
{
    public string Name { get; private set; } = name;
    public bool Enabled { get; set; } = enabled;
}
