namespace LocalGov.Identity.Contracts;

/// <summary>How other modules name Identity when they declare that they need it (<c>Requires</c>).</summary>
public static class IdentityContract
{
    public const string Module = "Identity";
}
