using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LocalGov.Host.Tests.Web.Production;

/// <summary>A Production host refuses to start without a public address other people can reach, naming the setting.</summary>
public sealed class StartupRefusalTests
{
    [Theory]
    [InlineData("")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://127.0.0.1")]
    [InlineData("https://[::1]:8443")]
    [InlineData("eservice.example.go.th")]
    public void Production_WithoutAPublicUrl_RefusesToStart_NamingSitePublicUrl(string publicUrl)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Site:PublicUrl", publicUrl);
            b.UseSetting("Demo:Seed", "false");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:LocalGov", $"Data Source={Path.Combine(Path.GetTempPath(), "localgov-refusal-" + Guid.NewGuid().ToString("N") + ".db")}");
        });
        var refused = Record.Exception(() => factory.Server);
        Assert.NotNull(refused);
        Assert.Contains("Site:PublicUrl", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("ตั้งค่า", refused.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Nor without a certificate to seal the Data Protection keys (issue 20, item 8), or with one it cannot read.</summary>
    [Theory]
    [InlineData(null, null)]
    [InlineData("/nonexistent/keys.pfx", "whatever")]
    [InlineData("CERTIFICATE", "a-wrong-password")]
    public void Production_WithoutAReadableKeyCertificate_RefusesToStart_NamingTheSetting(string? path, string? password)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Site:PublicUrl", ProductionHost.PublicUrl);
            b.UseSetting("Demo:Seed", "false");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:LocalGov", $"Data Source={Path.Combine(Path.GetTempPath(), "localgov-refusal-" + Guid.NewGuid().ToString("N") + ".db")}");
            if (path is not null)
            {
                b.UseSetting("DataProtection:CertificatePath", path == "CERTIFICATE" ? ProductionHost.KeyCertificate.Value : path);
                b.UseSetting("DataProtection:CertificatePassword", password);
            }
        });
        var refused = Record.Exception(() => factory.Server);
        Assert.NotNull(refused);
        Assert.Contains("DataProtection:CertificatePath", refused.ToString(), StringComparison.Ordinal);
    }
}
