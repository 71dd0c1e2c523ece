using System.Globalization;

namespace LocalGov.Thai;

/// <summary>Writes EMVCo TLV fields (2-character tag, 2-digit length, value) into a caller's buffer.</summary>
internal ref struct TlvWriter(Span<char> buffer)
{
    private readonly Span<char> buffer = buffer;
    private int length;

    internal readonly ReadOnlySpan<char> Written => buffer[..length];

    internal void Write(string tag, ReadOnlySpan<char> value)
    {
        // Callers validate lengths; a longer value is a bug in this library, not bad input.
        if (value.Length > 99)
        {
            throw new InvalidOperationException($"TLV value for tag {tag} is {value.Length} characters; the maximum is 99.");
        }

        WriteRaw(tag);
        buffer[length++] = (char)('0' + (value.Length / 10));
        buffer[length++] = (char)('0' + (value.Length % 10));
        WriteRaw(value);
    }

    internal void WriteRaw(ReadOnlySpan<char> text)
    {
        text.CopyTo(buffer[length..]);
        length += text.Length;
    }

    internal void WriteHex(ushort value)
    {
        value.TryFormat(buffer[length..], out int written, "X4", CultureInfo.InvariantCulture);
        length += written;
    }
}
