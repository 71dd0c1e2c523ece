namespace LocalGov.Complaints.Open311;

/// <summary>
/// One value of an Open311 answer. The spec defines XML and derives JSON from it by the Spark convention: an
/// element's children become an object's properties, a list of like elements becomes an array, an empty element
/// becomes null. Answers are built once as nodes and written in either format by <see cref="Open311Document"/>.
/// </summary>
internal abstract record Open311Node
{
    public static Open311Node Text(string? value) => new TextNode(string.IsNullOrEmpty(value) ? null : value);

    public static Open311Node Number(double? value) => new NumberNode(value);

    public static Open311Node Flag(bool value) => new FlagNode(value);

    public static Open311Node Object(params (string Name, Open311Node Value)[] fields) => new ObjectNode(fields);

    public static Open311Node List(string itemName, IEnumerable<Open311Node> items) => new ListNode(itemName, [.. items]);
}

/// <summary>A string (IDs and codes included: the spec's JSON examples show numbers, clients expect strings).</summary>
internal sealed record TextNode(string? Value) : Open311Node;

internal sealed record NumberNode(double? Value) : Open311Node;

internal sealed record FlagNode(bool Value) : Open311Node;

internal sealed record ObjectNode(IReadOnlyList<(string Name, Open311Node Value)> Fields) : Open311Node;

/// <summary>A wrapper element of <see cref="ItemName"/> elements in XML; an array in JSON.</summary>
internal sealed record ListNode(string ItemName, IReadOnlyList<Open311Node> Items) : Open311Node;
