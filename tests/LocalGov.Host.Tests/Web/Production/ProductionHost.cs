using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LocalGov.Host.Tests.Web.Production;

/// <summary>
/// What a Production host is told: its public address, one more host name of its own, and the certificate that seals
/// its Data Protection keys (a self-signed one, made once per test run).
/// </summary>
internal static class ProductionHost
{
    public const string PublicUrl = "https://eservice.example.go.th";
    public const string ExtraHost = "ops.example.org";

    public static void Apply(IDictionary<string, string> settings)
    {
        settings["Site:PublicUrl"] = PublicUrl;
        settings["AllowedHosts"] = ExtraHost;
        settings["DataProtection:CertificatePath"] = KeyCertificate.Value;
        settings["DataProtection:CertificatePassword"] = KeyCertificatePassword;
    }

    public const string KeyCertificatePassword = "test-pfx-password";

    /// <summary>The path of a PFX file (RSA 2048, with its private key) outside any database.</summary>
    public static readonly Lazy<string> KeyCertificate = new(() =>
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=LocalGov test key protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"localgov-keys-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, KeyCertificatePassword));
        return path;
    });
}
