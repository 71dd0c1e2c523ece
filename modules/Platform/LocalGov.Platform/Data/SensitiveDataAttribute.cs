namespace LocalGov.Platform.Data;

/// <summary>Personal data (PDPA): the audit log records that the field changed, never its value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveDataAttribute : Attribute;
