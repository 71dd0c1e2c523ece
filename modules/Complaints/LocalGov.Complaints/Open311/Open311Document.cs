using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// An Open311 answer: a root element name (<c>services</c>, <c>service_requests</c>, <c>errors</c>…) and its
/// body. XML carries the declaration with <c>encoding="UTF-8"</c> the spec requires, no namespace; JSON is the body
/// alone (the root name disappears, as in the spec's examples). Both are UTF-8 without a byte-order mark.
/// </summary>
internal sealed record Open311Document(string Root, Open311Node Body)
{
    private static readonly byte[] Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"u8.ToArray();

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Thai, "+07:00" and apostrophes stay as they are: this is application/json served with nosniff, never HTML
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public byte[] ToBytes(Open311Format format) => format == Open311Format.Xml ? ToXml() : ToJson();

    public byte[] ToXml()
    {
        using var stream = new MemoryStream();
        stream.Write(Declaration);
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false), ConformanceLevel = ConformanceLevel.Fragment };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            WriteXml(writer, Root, Body);
        }
        return stream.ToArray();
    }

    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            WriteJson(writer, Body);
        }
        return stream.ToArray();
    }

    private static void WriteXml(XmlWriter writer, string name, Open311Node node)
    {
        writer.WriteStartElement(name);
        switch (node)
        {
            case TextNode { Value: { } text }:
                writer.WriteString(XmlSafe(text));
                break;
            case NumberNode { Value: { } number }:
                writer.WriteString(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case FlagNode flag:
                writer.WriteString(flag.Value ? "true" : "false");
                break;
            case ObjectNode obj:
                foreach (var (field, value) in obj.Fields)
                {
                    WriteXml(writer, field, value);
                }
                break;
            case ListNode list:
                foreach (var item in list.Items)
                {
                    WriteXml(writer, list.ItemName, item);
                }
                break;
        }
        writer.WriteEndElement();
    }

    private static void WriteJson(Utf8JsonWriter writer, Open311Node node)
    {
        switch (node)
        {
            case TextNode { Value: { } text }:
                writer.WriteStringValue(text);
                break;
            case NumberNode { Value: { } number }:
                writer.WriteNumberValue(number);
                break;
            case FlagNode flag:
                writer.WriteBooleanValue(flag.Value);
                break;
            case ObjectNode obj:
                writer.WriteStartObject();
                foreach (var (field, value) in obj.Fields)
                {
                    writer.WritePropertyName(field);
                    WriteJson(writer, value);
                }
                writer.WriteEndObject();
                break;
            case ListNode list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteJson(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters a client may have sent).</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }
        return kept.ToString();
    }
}
