using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalGov.Platform.Web;

/// <summary>
/// Data Protection keys (they seal sign-in cookies, antiforgery tokens, reset links and the national-ID cipher) live
/// in the database, shared by every node. This seals each key with a certificate kept outside the database
/// (<c>DataProtection:CertificatePath</c>, a PFX with its private key, and <c>DataProtection:CertificatePassword</c>),
/// so a copy of the database or a backup alone cannot open them. Keys made before the certificate was set stay as they
/// were until they expire (90 days). In Production the host refuses to start without a certificate unless
/// <c>DataProtection:AllowUnprotectedKeys</c> is true; elsewhere it starts and logs a warning.
/// </summary>
public static class KeyProtection
{
    public const string CertificatePathSetting = "DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";
    public const string AllowUnprotectedSetting = "DataProtection:AllowUnprotectedKeys";

    public static void Configure(IDataProtectionBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration[CertificatePathSetting];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (environment.IsProduction() && !configuration.GetValue(AllowUnprotectedSetting, false))
            {
                throw new InvalidOperationException(
                    $"{CertificatePathSetting} is not set. In Production the Data Protection keys in the database must be sealed with a " +
                    $"certificate kept outside it: set {CertificatePathSetting} (environment variable DataProtection__CertificatePath) to a " +
                    $"PFX file with its private key and {CertificatePasswordSetting} to its password, or set {AllowUnprotectedSetting}=true " +
                    $"to run with unsealed keys. / ยังไม่ได้ตั้งค่า {CertificatePathSetting} ในโหมด Production กุญแจ Data Protection ในฐานข้อมูล" +
                    $"ต้องเข้ารหัสด้วยใบรับรองที่เก็บไว้นอกฐานข้อมูล ตั้งค่า {CertificatePathSetting} เป็นไฟล์ PFX ที่มีกุญแจส่วนตัว และ " +
                    $"{CertificatePasswordSetting} เป็นรหัสผ่านของไฟล์");
            }
            builder.Services.AddHostedService<UnprotectedKeysWarning>();
            return;
        }
        builder.ProtectKeysWithCertificate(Load(path.Trim(), configuration[CertificatePasswordSetting]));
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{CertificatePathSetting} '{path}' could not be read as a PFX file with {CertificatePasswordSetting} ({e.Message}). / " +
                $"อ่านไฟล์ {CertificatePathSetting} '{path}' เป็น PFX ด้วยรหัสผ่าน {CertificatePasswordSetting} ไม่ได้", e);
        }
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException(
                $"{CertificatePathSetting} '{path}' has no private key: export the certificate with its private key. / " +
                $"ไฟล์ {CertificatePathSetting} '{path}' ไม่มีกุญแจส่วนตัว");
        }
        return certificate;
    }

    private sealed class UnprotectedKeysWarning(ILogger<UnprotectedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning("Data Protection keys are stored in the database unencrypted: set {Setting} (a PFX file) and {Password} " +
                "so that a copy of the database alone cannot open sign-in cookies, reset links and national IDs (docs/operators.md)",
                CertificatePathSetting, CertificatePasswordSetting);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
