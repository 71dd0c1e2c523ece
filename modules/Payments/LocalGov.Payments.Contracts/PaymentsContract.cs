namespace LocalGov.Payments.Contracts;

/// <summary>
/// How other modules name Payments when they declare that they need it (<c>Requires</c>), and its per-LAO feature:
/// a module that bills through <see cref="IBilling"/> cannot be switched on for an LAO without it.
/// </summary>
public static class PaymentsContract
{
    public const string Module = "Payments";

    public const string Feature = "Modules." + Module;
}
