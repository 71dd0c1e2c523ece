namespace LocalGov.Identity.Contracts;

public static class IdentityClaimTypes
{
    public const string Kind = "localgov:kind";
    /// <summary>The province code of a provincial admin.</summary>
    public const string Province = "localgov:province";
    public const string DisplayName = "localgov:display_name";
}
