using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Registry;

/// <summary>
/// The land-and-building register: taxpayers, properties and who owns what share. Every change is checked whole
/// before anything is saved, and saved by the method (inside the caller's transaction when there is one, so an
/// import commits all its rows or none); IDs are stored encrypted, with a keyed hash to find a payer and a masked
/// form to show.
/// </summary>
public sealed class TaxRegistry(LocalGovDbContext db, INumberingService numbers, IPersonalDataVault vault, IAuditScope audit, TimeProvider clock)
{
    public const string PayerSequence = "TXP";
    public const string PropertySequence = "PRP";

    /// <summary>A Buddhist-era year (2400 and above) as CE; other years as they are.</summary>
    public static int? CommonEra(int? year) => year >= 2400 ? year - 543 : year;

    public Task<TaxPayer?> FindPayerByIdAsync(string id, CancellationToken cancellationToken)
    {
        var hash = vault.Hash(id);
        return db.Set<TaxPayer>().SingleOrDefaultAsync(p => p.IdHash == hash, cancellationToken);
    }

    public async Task<TaxPayer> CreatePayerAsync(PayerDetails details, CancellationToken cancellationToken)
    {
        var errors = details.Validate();
        if (errors.Count > 0)
        {
            throw new BusinessRuleException(errors[0].Message, errors[0].Field);
        }
        var id = details.NormalizedId;
        if (await FindPayerByIdAsync(id, cancellationToken) is { } existing)
        {
            throw new BusinessRuleException(new LocalizedText($"เลขประจำตัวนี้มีในทะเบียนแล้ว: {existing.Code}", $"This ID is already registered as {existing.Code}."), "Id", 409);
        }
        await using var owned = await OwnTransactionAsync(cancellationToken);
        var code = await numbers.NextAsync(PayerSequence, cancellationToken: cancellationToken);
        var masked = details.Kind == PayerKind.Person ? ThaiNationalId.Mask(id) : ThaiTaxId.Format(id);
        var payer = new TaxPayer(code.Formatted, details.Kind!.Value, details.Name!.Trim(), vault.Protect(id), masked);
        ApplyContact(payer, details);
        db.Add(payer);
        audit.AddAction("Tax.PayerRegistered", payer.Code);
        await SaveAsync(owned, cancellationToken);
        return payer;
    }

    public static void ApplyContact(TaxPayer payer, PayerDetails details)
    {
        payer.Name = details.Name!.Trim();
        payer.Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim();
        payer.Phone = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim();
        payer.Address = string.IsNullOrWhiteSpace(details.Address) ? null : details.Address.Trim();
    }

    /// <summary>Reveals a payer's full ID to staff, audited.</summary>
    /// <summary>A new claim code for the payer (a lost or leaked notice): the old one stops working at once. Audited.</summary>
    public async Task ReissueClaimCodeAsync(string payerCode, CancellationToken cancellationToken)
    {
        var payer = await db.Set<TaxPayer>().SingleAsync(p => p.Code == payerCode, cancellationToken);
        payer.ReissueClaimCode();
        await db.SaveChangesAsync(cancellationToken);
        audit.AddAction("Tax.ClaimCodeReissued", payer.Code);
    }

    public string RevealId(TaxPayer payer)
    {
        audit.AddAction("Tax.PayerIdRevealed", payer.Code);
        return vault.Unprotect(payer.IdCipher);
    }

    public static IReadOnlyList<FieldError> CheckOwners(IReadOnlyList<OwnerShare> owners)
    {
        var errors = new List<FieldError>();
        if (owners.Count == 0)
        {
            errors.Add(new("Owners", new("ระบุเจ้าของอย่างน้อยหนึ่งราย", "Give at least one owner.")));
        }
        else if (owners.Any(o => o.SharePercent is <= 0 or > 100) || owners.Sum(o => o.SharePercent) != 100)
        {
            errors.Add(new("Owners", new($"สัดส่วนการถือครองรวมกันต้องได้ 100% (ตอนนี้ {owners.Sum(o => o.SharePercent):0.##}%)",
                $"The owners' shares must add up to 100% (now {owners.Sum(o => o.SharePercent):0.##}%).")));
        }
        else if (owners.Select(o => o.PayerId).Distinct().Count() != owners.Count)
        {
            errors.Add(new("Owners", new("เจ้าของซ้ำกัน", "An owner is listed twice.")));
        }
        return errors;
    }

    public async Task<TaxProperty> CreatePropertyAsync(PropertyDetails details, IReadOnlyList<OwnerShare> owners, CancellationToken cancellationToken)
    {
        details = details with { YearBuilt = CommonEra(details.YearBuilt) };
        var errors = details.Validate(BangkokTime.Today(clock).Year).Concat(CheckOwners(owners)).ToList();
        if (errors.Count > 0)
        {
            throw new BusinessRuleException(errors[0].Message, errors[0].Field);
        }
        var payerIds = owners.Select(o => o.PayerId).ToList();
        if (await db.Set<TaxPayer>().CountAsync(p => payerIds.Contains(p.Id), cancellationToken) != payerIds.Count)
        {
            throw new BusinessRuleException(new LocalizedText("ไม่พบเจ้าของในทะเบียนผู้เสียภาษี", "An owner is not on the taxpayer register."), "Owners");
        }
        await using var owned = await OwnTransactionAsync(cancellationToken);
        var code = string.IsNullOrWhiteSpace(details.Code) ? (await numbers.NextAsync(PropertySequence, cancellationToken: cancellationToken)).Formatted : details.Code.Trim().ToUpperInvariant();
        if (await db.Set<TaxProperty>().AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new BusinessRuleException(new LocalizedText($"รหัสทรัพย์สิน {code} มีอยู่แล้ว", $"Property code {code} is already used."), "Code", 409);
        }
        var property = new TaxProperty(code, details.Kind!.Value);
        Apply(property, details);
        db.Add(property);
        foreach (var owner in owners)
        {
            db.Add(new PropertyOwner(property.Id, owner.PayerId, owner.SharePercent, owner.InHouseRegister));
        }
        audit.AddAction("Tax.PropertyRegistered", property.Code);
        await SaveAsync(owned, cancellationToken);
        return property;
    }

    /// <summary>Changes a property and its owners (a correction after an objection, a survey); the assessment is redone separately.</summary>
    public async Task UpdatePropertyAsync(TaxProperty property, PropertyDetails details, IReadOnlyList<OwnerShare> owners, string? expectedStamp,
        CancellationToken cancellationToken)
    {
        details = details with { YearBuilt = CommonEra(details.YearBuilt), Kind = property.Kind };
        var errors = details.Validate(BangkokTime.Today(clock).Year).Where(e => !e.Field.EndsWith(nameof(PropertyDetails.Code), StringComparison.Ordinal))
            .Concat(CheckOwners(owners)).ToList();
        if (errors.Count > 0)
        {
            throw new BusinessRuleException(errors[0].Message, errors[0].Field);
        }
        if (expectedStamp is not null)
        {
            db.Entry(property).Property(p => p.ConcurrencyStamp).OriginalValue = expectedStamp;
        }
        Apply(property, details);
        property.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        db.RemoveRange(await db.Set<PropertyOwner>().Where(o => o.PropertyId == property.Id).ToListAsync(cancellationToken));
        foreach (var owner in owners)
        {
            db.Add(new PropertyOwner(property.Id, owner.PayerId, owner.SharePercent, owner.InHouseRegister));
        }
        audit.AddAction("Tax.PropertyChanged", property.Code);
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static void Apply(TaxProperty property, PropertyDetails details)
    {
        property.Location = details.Location!.Trim();
        property.Subdistrict = string.IsNullOrWhiteSpace(details.Subdistrict) ? null : details.Subdistrict.Trim();
        property.PriceCode = details.PriceCode!.Trim().ToUpperInvariant();
        property.Uses = [.. details.Uses];
        if (property.Kind == PropertyKind.Land)
        {
            property.DeedType = details.DeedType;
            property.DeedNumber = details.DeedNumber!.Trim();
            property.AreaSquareWa = details.AreaSquareWa;
        }
        else
        {
            property.FloorAreaM2 = details.FloorAreaM2;
            property.Material = property.Kind == PropertyKind.Building ? details.Material : null;
            property.YearBuilt = property.Kind == PropertyKind.Building ? details.YearBuilt : null;
            property.UnitNumber = property.Kind == PropertyKind.CondoUnit ? details.UnitNumber!.Trim() : null;
        }
    }

    public async Task<AppraisalPrice> SetPriceAsync(PriceKind kind, string code, int fromYear, decimal price, string name, CancellationToken cancellationToken)
    {
        code = code.Trim().ToUpperInvariant();
        if (code.Length is 0 or > AppraisalPrice.MaxCode)
        {
            throw new BusinessRuleException(new LocalizedText($"รหัสราคา 1–{AppraisalPrice.MaxCode} ตัวอักษร", $"The price code is 1–{AppraisalPrice.MaxCode} characters."), "Code");
        }
        if (price is <= 0 or > 100_000_000_000m || Math.Round(price, 2) != price)
        {
            throw new BusinessRuleException(new LocalizedText("ราคาต้องมากกว่า 0 และละเอียดไม่เกินสตางค์", "The price must be above zero, in baht and satang."), "Price");
        }
        fromYear = CommonEra(fromYear)!.Value;
        if (fromYear is < 2016 or > 2100)
        {
            throw new BusinessRuleException(new LocalizedText("ปีที่ใช้ราคาไม่ถูกต้อง", "The year the price applies from is not valid."), "FromYear");
        }
        var existing = await db.Set<AppraisalPrice>().SingleOrDefaultAsync(p => p.Kind == kind && p.Code == code && p.FromYear == fromYear, cancellationToken);
        if (existing is null)
        {
            existing = new AppraisalPrice(kind, code, fromYear, price, name.Trim());
            db.Add(existing);
        }
        else
        {
            existing.Price = price;
            existing.Name = name.Trim();
        }
        audit.AddAction("Tax.PriceSet", $"{kind} {code} {fromYear}: {price:N2}");
        await db.SaveChangesAsync(cancellationToken);
        return existing;
    }

    /// <summary>A transaction of this method's own, or null when the caller already has one open (it commits).</summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> OwnTransactionAsync(CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

    private async Task SaveAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? owned, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }
    }
}
