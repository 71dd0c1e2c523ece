using QRCoder;

namespace LocalGov.Platform.Web;

/// <summary>A QR code as a PNG data URI, for pages and printouts (PromptPay bills, authenticator set-up, permit certificates).</summary>
public static class QrImage
{
    /// <summary>Error correction: M (15 %) suits screens; Q (25 %) survives a crumpled printout.</summary>
    public enum Level { M, Q }

    public static string PngDataUri(string payload, Level level = Level.M, int pixelsPerModule = 6)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, level == Level.Q ? QRCodeGenerator.ECCLevel.Q : QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(pixelsPerModule));
    }
}
