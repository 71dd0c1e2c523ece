using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Tax.Registry;

public enum PayerKind
{
    Person = 1,
    Juristic = 2,
}

/// <summary>
/// What an assessment, its bill and its notice mail need of an owner: a whole <see cref="TaxPayer"/>, or only these
/// columns where the annual run reads a whole roll.
/// </summary>
public interface ITaxpayer
{
    Guid Id { get; }
    /// <summary>The LAO's taxpayer number, e.g. TXP-000123.</summary>
    string Code { get; }
    PayerKind Kind { get; }
    string Name { get; }
    string? Email { get; }
    Guid? UserId { get; }
    /// <summary>Keyed hash of the national or tax ID (a resident's bills are found by it across LAOs).</summary>
    string IdHash { get; }
    /// <summary>The secret printed on the payer's notices, which links the payer to a resident account (<see cref="TaxPayer.ClaimCode"/>).</summary>
    string ClaimCode { get; }
}

/// <summary>
/// An owner on the LAO's tax roll (ผู้มีหน้าที่เสียภาษี): a person (national ID) or a juristic person (13-digit tax
/// ID). The ID is kept encrypted with a keyed hash to find it and a masked form to show; a resident's account is
/// linked when they prove one of their notices, so their properties and signs show across LAOs.
/// </summary>
public sealed class TaxPayer : Entity, IMultiTenant, IHasConcurrencyStamp, ITaxpayer
{
    public const int MaxName = 200;

    private TaxPayer() { } // EF Core

    internal TaxPayer(string code, PayerKind kind, string name, Platform.PersonalData.ProtectedValue id, string idMasked)
    {
        Code = code;
        Kind = kind;
        Name = name;
        IdCipher = id.Cipher;
        IdHash = id.Hash;
        IdMasked = idMasked;
        ClaimCode = Platform.PersonalData.ClaimCode.New();
    }

    public Guid TenantId { get; private set; }
    /// <summary>The LAO's taxpayer number, e.g. TXP-000123.</summary>
    public string Code { get; private set; } = "";
    public PayerKind Kind { get; private set; }
    public string Name { get; internal set; } = "";
    [SensitiveData]
    public string IdCipher { get; private set; } = "";
    [SensitiveData]
    public string IdHash { get; private set; } = "";
    public string IdMasked { get; private set; } = "";
    public string? Email { get; internal set; }
    public string? Phone { get; internal set; }
    public string? Address { get; internal set; }
    /// <summary>
    /// The random secret printed on every notice and warning of this payer (<see cref="Platform.PersonalData.ClaimCode"/>):
    /// with a notice number it links the payer to a resident account. Empty only between the migration that added it
    /// and the next start (<see cref="Platform.PersonalData.ClaimCodeBackfill"/>).
    /// </summary>
    [SensitiveData]
    public string ClaimCode { get; private set; } = "";
    /// <summary>The resident account that proved this payer's notice, if any.</summary>
    public Guid? UserId { get; internal set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsIndividual => Kind == PayerKind.Person;

    /// <summary>A new claim code (a lost or leaked notice): the old one stops working.</summary>
    internal void ReissueClaimCode() => ClaimCode = Platform.PersonalData.ClaimCode.New();
}
