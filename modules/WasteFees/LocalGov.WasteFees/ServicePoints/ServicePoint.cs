using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.WasteFees.ServicePoints;

/// <summary>
/// A place the LAO collects waste from and bills: a house, a shop, a market stall. Created and changed only through
/// <see cref="ServicePointDetails"/>, which checks every field; the account number is the payer reference printed
/// on bills and in the PromptPay QR (Ref2).
/// </summary>
public sealed class ServicePoint : Entity, IMultiTenant, IHasConcurrencyStamp
{
    private ServicePoint() { } // EF Core

    internal ServicePoint(string accountNo, ServicePointDetails details)
    {
        AccountNo = accountNo;
        ClaimCode = Platform.PersonalData.ClaimCode.New();
        Apply(details);
    }

    public Guid TenantId { get; private set; }
    /// <summary>The LAO's account number for this point, e.g. W000123: letters and digits only (QR Ref2).</summary>
    public string AccountNo { get; private set; } = "";

    public string? HouseCode { get; private set; }
    public string HouseNo { get; private set; } = "";
    public int? Moo { get; private set; }
    public string? Soi { get; private set; }
    public string? Road { get; private set; }
    public string Subdistrict { get; private set; } = "";
    /// <summary>A shop's or stall's name, when the point is not a home.</summary>
    public string? PlaceName { get; private set; }

    public string PayerName { get; private set; } = "";
    /// <summary>The payer's national ID, encrypted (PDPA); <see cref="PayerIdHash"/> finds it.</summary>
    [SensitiveData]
    public string? PayerIdCipher { get; private set; }
    [SensitiveData]
    public string? PayerIdHash { get; private set; }
    /// <summary>The ID as staff may see it, e.g. 1-2345-xxxxx-xx-1.</summary>
    public string? PayerIdMasked { get; private set; }
    public string? PayerPhone { get; private set; }
    public string? PayerEmail { get; private set; }
    /// <summary>
    /// The secret printed on the point's notices (<see cref="Platform.PersonalData.ClaimCode"/>): with the house code
    /// or account number, it shows the house's bills and links the house to a resident's account. Empty only between
    /// the migration that added it and the next start (<see cref="Platform.PersonalData.ClaimCodeBackfill"/>).
    /// </summary>
    [SensitiveData]
    public string ClaimCode { get; private set; } = "";
    /// <summary>The resident account that claimed this point; its bills then appear in the resident's "my bills".</summary>
    public Guid? PayerUserId { get; private set; }

    public Guid FeeClassId { get; private set; }
    public string Zone { get; private set; } = "";
    public string Route { get; private set; } = "";
    /// <summary>Position on the collector's route list.</summary>
    public int RouteOrder { get; private set; }

    public DateOnly StartDate { get; private set; }
    public DateOnly? StopDate { get; private set; }

    public string? ExemptReason { get; private set; }
    /// <summary>What proves the exemption, e.g. "บัตรสวัสดิการแห่งรัฐ ตรวจแล้ว 3 พ.ย. 2569"; a file may be attached too.</summary>
    public string? ExemptEvidence { get; private set; }
    public DateOnly? ExemptFrom { get; private set; }
    public DateOnly? ExemptUntil { get; private set; }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsExempt => ExemptFrom is not null;

    /// <summary>"12/3 หมู่ 4 ซอยวัดใหม่ ถนนสุขุมวิท ตำบลบางพลี".</summary>
    public string Address(bool thai) => ServicePointDetails.FormatAddress(HouseNo, Moo, Soi, Road, Subdistrict, thai);

    internal void Apply(ServicePointDetails details)
    {
        // a new payer is not the resident who linked the house: their account stops seeing its bills
        var payerChanged = PayerName.Length > 0 && (PayerName != details.PayerName
            || details.PayerId is { } newId && newId.Hash != PayerIdHash
            || details.ClearPayerId && PayerIdHash is not null);
        if (payerChanged)
        {
            PayerUserId = null;
        }
        HouseCode = details.HouseCode;
        HouseNo = details.HouseNo;
        Moo = details.Moo;
        Soi = details.Soi;
        Road = details.Road;
        Subdistrict = details.Subdistrict;
        PlaceName = details.PlaceName;
        PayerName = details.PayerName;
        if (details.PayerId is { } id)
        {
            PayerIdCipher = id.Cipher;
            PayerIdHash = id.Hash;
            PayerIdMasked = id.Masked;
        }
        else if (details.ClearPayerId)
        {
            PayerIdCipher = PayerIdHash = PayerIdMasked = null;
        }
        PayerPhone = details.PayerPhone;
        PayerEmail = details.PayerEmail;
        FeeClassId = details.FeeClassId;
        Zone = details.Zone;
        Route = details.Route;
        RouteOrder = details.RouteOrder;
        StartDate = details.StartDate;
        StopDate = details.StopDate;
        ExemptReason = details.Exemption?.Reason;
        ExemptEvidence = details.Exemption?.Evidence;
        ExemptFrom = details.Exemption?.From;
        ExemptUntil = details.Exemption?.Until;
    }

    /// <summary>A new claim code: the old one stops working (a lost or leaked notice).</summary>
    internal void ReissueClaimCode() => ClaimCode = Platform.PersonalData.ClaimCode.New();

    /// <summary>Links the point to a resident's account (they proved it with the point's claim code).</summary>
    internal void ClaimBy(Guid userId) => PayerUserId = userId;

    /// <summary>Staff undo a link (the wrong resident claimed the house).</summary>
    internal void Unlink() => PayerUserId = null;
}

/// <summary>An evidence file for a point's exemption (a scan of the welfare card, a council decision).</summary>
public sealed class ExemptionEvidenceFile : Entity, IMultiTenant
{
    private ExemptionEvidenceFile() { } // EF Core

    public ExemptionEvidenceFile(Guid servicePointId, string fileName, string contentType, byte[] content)
    {
        ServicePointId = servicePointId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    public Guid TenantId { get; private set; }
    public Guid ServicePointId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
}
