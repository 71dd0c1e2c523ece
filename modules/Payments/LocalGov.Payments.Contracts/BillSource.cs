namespace LocalGov.Payments.Contracts;

/// <summary>Which module's record a bill is for, e.g. ("WasteFees", "SP-000123/2026-11").</summary>
public sealed record BillSource(string Module, string Reference);
