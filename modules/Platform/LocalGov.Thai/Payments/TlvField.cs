namespace LocalGov.Thai;

/// <summary>One EMVCo TLV field as read, with the 1-based position of its tag in the payload for error messages.</summary>
internal readonly record struct TlvField(string Tag, string Value, int Position);
