namespace LocalGov.Platform.Settings;

/// <summary>A stored setting value: a tenant's, or the global one when <see cref="TenantId"/> is null.</summary>
public sealed class SettingValue
{
    private SettingValue() { } // EF Core

    public SettingValue(Guid? tenantId, string name, string? value)
    {
        TenantId = tenantId;
        Name = name;
        Value = value;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid? TenantId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Value { get; set; }
}
