namespace LocalGov.Platform.Web.Idempotency;

/// <summary>
/// Endpoint metadata: posts here run every time, even with a key already used. Only for pages whose answer is a
/// cookie (sign-in, sign-out, two-factor set-up): a replayed redirect would lack it, and running them twice is harmless.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class IdempotencyExemptAttribute : Attribute;
