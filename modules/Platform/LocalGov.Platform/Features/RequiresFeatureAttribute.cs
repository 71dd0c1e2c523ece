namespace LocalGov.Platform.Features;

/// <summary>Endpoint metadata: the endpoint exists only for tenants that have the feature (otherwise 404).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresFeatureAttribute(string feature) : Attribute
{
    public string Feature { get; } = feature;
}
