using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Tax.Signs;

/// <summary>
/// A sign on the LAO's signboard register: whose it is, where it stands, its type (1 Thai only; 2 Thai with foreign
/// script or images; 3 no Thai, or Thai below the foreign script), whether its text moves or changes, its widest
/// and longest extent in cm, when it went up and, once gone, when it came down.
/// </summary>
public sealed class Sign : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public const int MaxText = 200;

    private Sign() { } // EF Core

    internal Sign(string number, Guid payerId)
    {
        Number = number;
        PayerId = payerId;
    }

    public Guid TenantId { get; private set; }
    /// <summary>Register number, e.g. SGN-2569-000012.</summary>
    public string Number { get; private set; } = "";
    public Guid PayerId { get; internal set; }
    /// <summary>The shop or building the sign is on.</summary>
    public string Place { get; internal set; } = "";
    public string Address { get; internal set; } = "";
    /// <summary>What it says, as read by the officer or the owner.</summary>
    public string? Wording { get; internal set; }
    public int Type { get; internal set; }
    public bool Moving { get; internal set; }
    public int WidthCm { get; internal set; }
    public int HeightCm { get; internal set; }
    public DateOnly InstalledOn { get; internal set; }
    public DateOnly? RemovedOn { get; internal set; }
    public Guid? PhotoId { get; internal set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>Standing at some time in the tax year.</summary>
    public bool StandsIn(int year) => InstalledOn.Year <= year && (RemovedOn is null || RemovedOn.Value.Year >= year);

    public static LocalizedText TypeName(int type) => type switch
    {
        1 => new("ประเภท 1: อักษรไทยล้วน", "Type 1: Thai script only"),
        2 => new("ประเภท 2: อักษรไทยปนอักษรต่างประเทศหรือภาพ", "Type 2: Thai mixed with foreign script or images"),
        3 => new("ประเภท 3: ไม่มีอักษรไทย หรืออักษรไทยอยู่ต่ำกว่าอักษรต่างประเทศ", "Type 3: no Thai, or Thai below the foreign script"),
        _ => new("ไม่ทราบประเภท", "Unknown type"),
    };
}

/// <summary>A photo of a sign (JPEG or PNG checked by its bytes), kept apart so listing signs never loads images.</summary>
public sealed class SignPhoto : IMultiTenant
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private SignPhoto() { } // EF Core

    internal SignPhoto(Guid signId, string fileName, string contentType, byte[] content)
    {
        SignId = signId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public Guid SignId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
}
