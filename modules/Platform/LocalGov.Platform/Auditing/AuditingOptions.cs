namespace LocalGov.Platform.Auditing;

/// <summary>
/// What the entity-change audit leaves out: whole entity types (framework token tables) and properties whose values
/// must never be copied anywhere (password hashes, security stamps). Modules add theirs in ConfigureServices.
/// </summary>
public sealed class AuditingOptions
{
    public HashSet<Type> IgnoredTypes { get; } = [];

    /// <summary>Recorded as changed, with the values masked, on every entity type.</summary>
    public HashSet<string> MaskedProperties { get; } = new(StringComparer.Ordinal) { "ConcurrencyStamp" };
}
