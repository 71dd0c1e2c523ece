namespace LocalGov.Platform.Features;

/// <summary>
/// Endpoint metadata: the endpoint also answers at host level, when the request names no LAO (Open311 discovery,
/// which outside clients read before they know a <c>jurisdiction_id</c>). There the module's feature gate does not
/// apply; inside an LAO it does, as for every other endpoint of the module.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AnswersWithoutTenantAttribute : Attribute;
