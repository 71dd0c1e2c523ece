namespace LocalGov.Platform.Features;

/// <summary>
/// A module page that serves a person across every LAO (a resident's bills from all LAOs), so no single LAO's
/// feature gates it. It must restrict what it shows to the signed-in person itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AcrossTenantsAttribute : Attribute;
