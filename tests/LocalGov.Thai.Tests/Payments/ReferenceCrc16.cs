using System.Globalization;

namespace LocalGov.Thai.Tests.Payments;

/// <summary>CRC-16/CCITT-FALSE bit by bit, straight from its definition, to check the library's table-driven one.</summary>
internal static class ReferenceCrc16
{
    public static string Of(string ascii)
    {
        int crc = 0xFFFF;
        foreach (char c in ascii)
        {
            crc ^= c << 8;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }

        return crc.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>Appends "6304" and the CRC, as a payload is sealed.</summary>
    public static string Seal(string withoutCrc) => withoutCrc + "6304" + Of(withoutCrc + "6304");
}
