namespace LocalGov.Platform.MultiTenancy;

public sealed class MultiTenancyOptions
{
    /// <summary>With <c>localgov.go.th</c>, <c>demo-city.localgov.go.th</c> names the tenant <c>demo-city</c>.</summary>
    public string? BaseDomain { get; set; }

    public int CacheSeconds { get; set; } = 30;
}
