using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;

namespace LocalGov.Platform.MultiTenancy;

/// <summary>A local administrative organization (อปท.) served by this deployment.</summary>
public sealed class Tenant : Entity, IHasConcurrencyStamp
{
    private readonly List<TenantFeatureValue> _features = [];
    private readonly List<TenantHostName> _hostNames = [];

    private Tenant() { } // EF Core

    public Tenant(string code, string nameTh, string nameEn, TenantKind kind, string provinceCode, string? dopaCode = null)
    {
        Code = NormalizeCode(code);
        Rename(nameTh, nameEn);
        Kind = kind;
        ProvinceCode = RequireDigits(provinceCode, 2, nameof(provinceCode));
        DopaCode = string.IsNullOrWhiteSpace(dopaCode) ? null : dopaCode.Trim();
        Status = TenantStatus.Active;
    }

    /// <summary>Short URL-safe code: <c>/t/{code}</c>, <c>{code}.{base domain}</c>, Open311 <c>jurisdiction_id</c>.</summary>
    public string Code { get; private set; } = "";
    public string NameTh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public TenantKind Kind { get; private set; }
    /// <summary>DOPA province code (2 digits).</summary>
    public string ProvinceCode { get; private set; } = "";
    /// <summary>DOPA code of the LAO itself, where known.</summary>
    public string? DopaCode { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }
    public TenantStatus Status { get; private set; }
    public string? SuspensionReason { get; private set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public IReadOnlyList<TenantFeatureValue> Features => _features;
    public IReadOnlyList<TenantHostName> HostNames => _hostNames;

    public void Rename(string nameTh, string nameEn)
    {
        NameTh = RequireText(nameTh, nameof(nameTh), 200);
        NameEn = RequireText(nameEn, nameof(nameEn), 200);
    }

    public void SetContact(string? email, string? phone)
    {
        ContactEmail = string.IsNullOrWhiteSpace(email) ? null : RequireText(email, "contactEmail", 256);
        ContactPhone = string.IsNullOrWhiteSpace(phone) ? null : RequireText(phone, "contactPhone", 40);
    }

    public void SetFeature(string feature, bool enabled)
    {
        var existing = _features.FirstOrDefault(f => f.Name == feature);
        if (existing is null)
        {
            _features.Add(new TenantFeatureValue(feature, enabled));
        }
        else
        {
            existing.Enabled = enabled;
        }
    }

    /// <summary>Drops the tenant's own value, so the configured default applies again.</summary>
    public void ResetFeature(string feature) => _features.RemoveAll(f => f.Name == feature);

    public void AddHostName(string hostName)
    {
        var normalized = hostName.Trim().TrimEnd('.').ToLowerInvariant();
        if (normalized.Length is 0 or > 253 || normalized.Contains('/', StringComparison.Ordinal) || normalized.Contains(' ', StringComparison.Ordinal))
        {
            throw new BusinessRuleException(new LocalizedText(
                $"ชื่อโดเมน '{hostName}' ไม่ถูกต้อง", $"'{hostName}' is not a valid host name."));
        }
        if (_hostNames.All(h => h.HostName != normalized))
        {
            _hostNames.Add(new TenantHostName(normalized));
        }
    }

    public void Suspend(string reason)
    {
        if (Status == TenantStatus.Suspended)
        {
            throw new BusinessRuleException(new LocalizedText("หน่วยงานนี้ถูกระงับอยู่แล้ว", "This LAO is already suspended."));
        }
        Status = TenantStatus.Suspended;
        SuspensionReason = RequireText(reason, nameof(reason), 500);
    }

    public void Reactivate()
    {
        if (Status == TenantStatus.Active)
        {
            throw new BusinessRuleException(new LocalizedText("หน่วยงานนี้เปิดใช้งานอยู่แล้ว", "This LAO is already active."));
        }
        Status = TenantStatus.Active;
        SuspensionReason = null;
    }

    public TenantInfo ToInfo() => new(
        Id, Code, new LocalizedText(NameTh, NameEn), Kind, ProvinceCode, Status == TenantStatus.Active,
        [.. _hostNames.Select(h => h.HostName)],
        _features.ToDictionary(f => f.Name, f => f.Enabled, StringComparer.Ordinal))
    {
        ContactEmail = ContactEmail,
        ContactPhone = ContactPhone,
    };

    /// <summary>Codes are 2–40 characters of a–z, 0–9 and single hyphens, e.g. <c>demo-city</c>.</summary>
    public static string NormalizeCode(string code)
    {
        var normalized = (code ?? "").Trim().ToLowerInvariant();
        var valid = normalized.Length is >= 2 and <= 40
            && normalized.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && !normalized.StartsWith('-') && !normalized.EndsWith('-') && !normalized.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new BusinessRuleException(new LocalizedText(
                $"รหัสหน่วยงาน '{code}' ต้องยาว 2–40 ตัว ใช้ a–z 0–9 และขีดกลาง เช่น demo-city",
                $"LAO code '{code}' must be 2–40 characters of a–z, 0–9 and hyphens, e.g. demo-city."));
        }
        return normalized;
    }

    /// <summary>Required text within the column's length, so PostgreSQL never refuses what SQLite would take.</summary>
    private static string RequireText(string value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new BusinessRuleException(new LocalizedText($"ต้องระบุ {field}", $"{field} is required."), field);
        }
        var trimmed = value.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new BusinessRuleException(new LocalizedText(
                $"{field} ยาวเกิน {maxLength} ตัวอักษร", $"{field} is longer than {maxLength} characters."), field);
    }

    private static string RequireDigits(string value, int length, string field) =>
        value is not null && value.Length == length && value.All(char.IsAsciiDigit)
            ? value
            : throw new BusinessRuleException(new LocalizedText(
                $"{field} ต้องเป็นตัวเลข {length} หลัก", $"{field} must be {length} digits."), field);
}
