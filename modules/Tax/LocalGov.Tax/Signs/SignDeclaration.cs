using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Tax.Signs;

public enum DeclarationStatus
{
    Filed = 1,
    Assessed = 2,
}

public enum FilingChannel
{
    Online = 1,
    Counter = 2,
    /// <summary>No declaration: the officer found the signs and assessed them (10 % surcharge).</summary>
    OfficerFound = 3,
}

/// <summary>A sign as declared: the register's sign it is, and what the owner said of it.</summary>
public sealed record DeclaredSign(Guid SignId, string Number, string Place, int Type, bool Moving, int WidthCm, int HeightCm, DateOnly InstalledOn);

/// <summary>
/// A signboard tax declaration (ภ.ป.1) for a year: the owner's signs as declared, when and how it was filed, and
/// whether it was late — after 31 March for signs standing on 1 January, or more than 15 days after a new sign went
/// up. The officer assesses it into a ภ.ป.3 notice.
/// </summary>
public sealed class SignDeclaration : Entity, IMultiTenant
{
    public const int NewSignDays = 15;

    private SignDeclaration() { } // EF Core

    internal SignDeclaration(string number, int year, Guid payerId, FilingChannel channel, DateOnly filedOn, Guid? filedByUserId, List<DeclaredSign> signs)
    {
        Number = number;
        Year = year;
        PayerId = payerId;
        Channel = channel;
        FiledOn = filedOn;
        FiledByUserId = filedByUserId;
        Signs = signs;
        Status = DeclarationStatus.Filed;
    }

    public Guid TenantId { get; private set; }
    /// <summary>e.g. PP1-2569-000007.</summary>
    public string Number { get; private set; } = "";
    public int Year { get; private set; }
    public Guid PayerId { get; private set; }
    public FilingChannel Channel { get; private set; }
    public DateOnly FiledOn { get; private set; }
    public Guid? FiledByUserId { get; private set; }
    public List<DeclaredSign> Signs { get; private set; } = [];
    public DeclarationStatus Status { get; internal set; }
    public Guid? AssessmentId { get; internal set; }

    /// <summary>The last day to declare a sign: 31 March (the year's date) for one standing on 1 January, else 15 days after it went up.</summary>
    public static DateOnly Deadline(DateOnly filingBy, int year, DateOnly installedOn) =>
        installedOn.Year < year ? filingBy : (installedOn.AddDays(NewSignDays) > filingBy ? installedOn.AddDays(NewSignDays) : filingBy);
}
