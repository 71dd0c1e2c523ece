namespace LocalGov.Payments.Contracts;

/// <summary>
/// Who pays. <see cref="Reference"/> is the payer's reference printed as the QR's Ref2 (a house code, a taxpayer
/// number): letters A–Z and digits only. <see cref="UserId"/> links the bill to a resident's account, so it appears
/// in their bills from every LAO. <see cref="NationalId"/> lets the cashier find the bill by the payer's ID: Payments keeps
/// only its keyed hash, never the number.
/// </summary>
public sealed record BillPayer(string Name, string? Reference = null, string? Email = null, Guid? UserId = null, string? NationalId = null)
{
    /// <summary>
    /// The keyed hash of the payer's ID (IPersonalDataVault.Hash of the normalized number) when the source module
    /// keeps it already: bulk billing then needs no decryption. Used when <see cref="NationalId"/> is not given.
    /// </summary>
    public string? NationalIdHash { get; init; }
}
