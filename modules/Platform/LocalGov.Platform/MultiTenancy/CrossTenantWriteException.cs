namespace LocalGov.Platform.MultiTenancy;

/// <summary>A save tried to write a row that belongs to another tenant (or a tenant row with no tenant in scope).</summary>
public sealed class CrossTenantWriteException(string message) : InvalidOperationException(message);
