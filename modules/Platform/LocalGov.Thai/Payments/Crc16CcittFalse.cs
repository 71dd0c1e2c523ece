using System.Text;

namespace LocalGov.Thai;

/// <summary>
/// CRC-16/CCITT-FALSE as EMVCo MPM (and so Thai QR) requires: polynomial 0x1021, initial value 0xFFFF, no
/// reflection, no final XOR; check value 0x29B1 for "123456789". Table-driven, one step per byte.
/// </summary>
internal static class Crc16CcittFalse
{
    private static readonly ushort[] Table = BuildTable();

    /// <summary>The CRC of the text's UTF-8 bytes (for the ASCII of a Thai QR payload, one byte per character).</summary>
    internal static ushort Compute(ReadOnlySpan<char> text)
    {
        if (!Ascii.IsValid(text))
        {
            return Compute(Encoding.UTF8.GetBytes(text.ToArray()));
        }

        ushort crc = 0xFFFF;
        foreach (char c in text)
        {
            crc = (ushort)((crc << 8) ^ Table[(byte)((crc >> 8) ^ c)]);
        }

        return crc;
    }

    private static ushort Compute(ReadOnlySpan<byte> bytes)
    {
        ushort crc = 0xFFFF;
        foreach (byte b in bytes)
        {
            crc = (ushort)((crc << 8) ^ Table[(byte)((crc >> 8) ^ b)]);
        }

        return crc;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (int i = 0; i < table.Length; i++)
        {
            ushort value = (ushort)(i << 8);
            for (int bit = 0; bit < 8; bit++)
            {
                value = (value & 0x8000) != 0 ? (ushort)((value << 1) ^ 0x1021) : (ushort)(value << 1);
            }

            table[i] = value;
        }

        return table;
    }
}
