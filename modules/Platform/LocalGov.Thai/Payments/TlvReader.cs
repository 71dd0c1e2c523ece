using System.Globalization;

namespace LocalGov.Thai;

/// <summary>Reads a sequence of EMVCo TLV fields (2-digit tag, 2-digit length, value); reports the first defect.</summary>
internal static class TlvReader
{
    /// <summary>Reads every field of <paramref name="data"/>; <paramref name="offset"/> is where data starts in the payload.</summary>
    internal static List<TlvField>? Read(ReadOnlySpan<char> data, int offset, out string? error)
    {
        var fields = new List<TlvField>();
        int pos = 0;
        while (pos < data.Length)
        {
            int position = offset + pos + 1;
            if (data.Length - pos < 4)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"At position {position}: {data.Length - pos} stray characters where a field (tag and length) should start.");
                return null;
            }

            ReadOnlySpan<char> tag = data.Slice(pos, 2);
            ReadOnlySpan<char> lengthText = data.Slice(pos + 2, 2);
            if (!char.IsAsciiDigit(tag[0]) || !char.IsAsciiDigit(tag[1]))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"At position {position}: the tag '{tag}' is not two digits.");
                return null;
            }

            if (!char.IsAsciiDigit(lengthText[0]) || !char.IsAsciiDigit(lengthText[1]))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"At position {position}: the length '{lengthText}' of tag {tag} is not two digits.");
                return null;
            }

            int length = ((lengthText[0] - '0') * 10) + (lengthText[1] - '0');
            int start = pos + 4;
            if (start + length > data.Length)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"At position {position}: tag {tag} declares {length} characters but only {data.Length - start} remain.");
                return null;
            }

            fields.Add(new TlvField(tag.ToString(), data.Slice(start, length).ToString(), position));
            pos = start + length;
        }

        error = null;
        return fields;
    }
}
