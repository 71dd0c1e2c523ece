namespace LocalGov.Host.Tests.Web.Production;

/// <summary>What a Production host is told: its public address and one more host name of its own.</summary>
internal static class ProductionHost
{
    public const string PublicUrl = "https://eservice.example.go.th";
    public const string ExtraHost = "ops.example.org";

    public static void Apply(IDictionary<string, string> settings)
    {
        settings["Site:PublicUrl"] = PublicUrl;
        settings["AllowedHosts"] = ExtraHost;
    }
}
