using System.Security.Cryptography;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;

namespace LocalGov.Permits.Issuing;

/// <summary>
/// A permit issued when its fee was paid (or at approval when it has no fee). Its <see cref="VerificationCode"/> is
/// in the certificate's QR code: the public verification page shows the business name, the address, the validity
/// and the status, nothing else about the holder.
/// </summary>
public sealed class Permit : Entity, IMultiTenant, IHasConcurrencyStamp
{
    private Permit() { } // EF Core

    public Permit(Guid permitTypeId, Guid applicationId, string number, DateOnly validFrom, DateOnly? validUntil)
    {
        PermitTypeId = permitTypeId;
        ApplicationId = applicationId;
        Number = number;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        VerificationCode = NewCode();
    }

    public Guid TenantId { get; set; }

    /// <summary>PMT-2570-000045.</summary>
    public string Number { get; private set; } = "";
    public Guid PermitTypeId { get; private set; }
    public Guid ApplicationId { get; private set; }

    /// <summary>The renewal application that replaced this permit with a newer one, if any.</summary>
    public Guid? RenewedByApplicationId { get; set; }

    public Guid? HolderUserId { get; set; }
    [SensitiveData] public string HolderName { get; set; } = "";
    [SensitiveData] public string? HolderEmail { get; set; }
    public string BusinessName { get; set; } = "";
    public string PremisesAddress { get; set; } = "";
    public string? Conditions { get; set; }
    public DateTime IssuedAt { get; set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public PermitStatus Status { get; private set; } = PermitStatus.Valid;
    public string? StatusReason { get; private set; }
    public DateTime? StatusChangedAt { get; private set; }

    /// <summary>Random, unguessable: the public verification link is /permits/verify/{code}.</summary>
    public string VerificationCode { get; private set; } = "";

    /// <summary>When the 30-day renewal reminder went out (once per permit).</summary>
    public DateTime? RenewalRemindedAt { get; set; }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>What the public sees today: a valid permit past its last day is expired even before the job marks it.</summary>
    public PermitStatus StatusOn(DateOnly today) =>
        Status == PermitStatus.Valid && ValidUntil is { } until && until < today ? PermitStatus.Expired : Status;

    public void Suspend(DateTime now, string reason) => Change(now, PermitStatus.Suspended, reason, from: [PermitStatus.Valid]);

    public void Revoke(DateTime now, string reason) => Change(now, PermitStatus.Revoked, reason, from: [PermitStatus.Valid, PermitStatus.Suspended, PermitStatus.Expired]);

    public void Reinstate(DateTime now, string reason) => Change(now, PermitStatus.Valid, reason, from: [PermitStatus.Suspended]);

    public void Expire(DateTime now) => Change(now, PermitStatus.Expired, null, from: [PermitStatus.Valid]);

    private void Change(DateTime now, PermitStatus to, string? reason, PermitStatus[] from)
    {
        if (!from.Contains(Status))
        {
            var status = PermitStatusText.Of(Status);
            throw new BusinessRuleException(new LocalizedText($"ทำรายการนี้ไม่ได้ เพราะใบอนุญาต{status.Th}", $"This cannot be done: the permit is {status.En.ToLowerInvariant()}."), null, 409);
        }
        if (to != PermitStatus.Expired && string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException(new("กรุณาระบุเหตุผล", "Give the reason."), "reason");
        }
        Status = to;
        StatusReason = reason?.Trim();
        StatusChangedAt = now;
    }

    private static string NewCode() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
}
