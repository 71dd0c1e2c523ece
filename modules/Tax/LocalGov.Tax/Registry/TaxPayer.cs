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
    /// <summary>The resident account that proved this payer's notice, if any.</summary>
    public Guid? UserId { get; internal set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsIndividual => Kind == PayerKind.Person;
}
