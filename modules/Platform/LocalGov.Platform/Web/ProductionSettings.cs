using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace LocalGov.Platform.Web;

/// <summary>
/// Settings a Production host cannot run without. Every mailed link (password resets, invitations, tracking pages)
/// is built from <c>Site:PublicUrl</c>; forgotten, it says http://localhost:5080 and no resident can follow it, so
/// start-up stops with a message naming the setting instead.
/// </summary>
public static class ProductionSettings
{
    public static void Check(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsProduction())
        {
            return;
        }
        var url = configuration["Site:PublicUrl"];
        if (string.IsNullOrWhiteSpace(url))
        {
            throw Refuse("is not set", "ยังไม่ได้ตั้งค่า");
        }
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
        {
            throw Refuse($"'{url}' is not an absolute http(s) address", $"'{url}' ไม่ใช่ที่อยู่เว็บแบบเต็ม (http/https)");
        }
        if (IsLocal(uri.Host))
        {
            throw Refuse($"'{url}' points at this machine ({uri.Host})", $"'{url}' ชี้มาที่เครื่องนี้เอง ({uri.Host})");
        }
    }

    /// <summary>localhost, loopback or unspecified addresses: a link nobody else can follow.</summary>
    public static bool IsLocal(string host)
    {
        var name = host.Trim('[', ']').ToLowerInvariant();
        return name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal)
            || (IPAddress.TryParse(name, out var address) && (IPAddress.IsLoopback(address)
                || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)));
    }

    private static InvalidOperationException Refuse(string english, string thai) => new(
        $"Site:PublicUrl {english}. In Production every mailed link is built from it: set Site:PublicUrl " +
        $"(environment variable Site__PublicUrl) to the site's public address, e.g. https://eservice.example.go.th. / " +
        $"Site:PublicUrl {thai} ในโหมด Production ลิงก์ทุกลิงก์ในอีเมลสร้างจากค่านี้ ตั้งค่า Site:PublicUrl เป็นที่อยู่สาธารณะของเว็บไซต์");
}
