using System.Globalization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Registry;

/// <summary>
/// The property form, shared by the new and the edit page: fields named as <see cref="PropertyDetails"/> names its
/// errors, up to <see cref="UseRows"/> uses whose areas must add up to the whole, and up to <see cref="OwnerRows"/>
/// owners (payer code, share, house register) adding up to 100 %. Everything is checked before the register is
/// called, so every error shows beside its field and the typed values stay.
/// </summary>
public abstract class PropertyFormPage(LocalGovDbContext db, TimeProvider clock) : TaxPage
{
    public const int UseRows = 5;
    public const int OwnerRows = 6;

    protected LocalGovDbContext Db => db;

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public PropertyKind? Kind { get; set; }
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? Subdistrict { get; set; }
    [BindProperty] public DeedType? DeedType { get; set; }
    [BindProperty] public string? DeedNumber { get; set; }
    [BindProperty] public string? Rai { get; set; }
    [BindProperty] public string? Ngan { get; set; }
    [BindProperty] public string? SquareWa { get; set; }
    [BindProperty] public string? PriceCode { get; set; }
    [BindProperty] public string? Material { get; set; }
    [BindProperty] public string? FloorAreaM2 { get; set; }
    [BindProperty] public string? YearBuilt { get; set; }
    [BindProperty] public string? UnitNumber { get; set; }
    [BindProperty] public string? Parcel { get; set; }
    [BindProperty] public string?[] UseKind { get; set; } = [];
    [BindProperty] public string?[] UseArea { get; set; } = [];
    [BindProperty] public string?[] UseVacant { get; set; } = [];
    [BindProperty] public string?[] OwnerCode { get; set; } = [];
    [BindProperty] public string?[] OwnerShare { get; set; } = [];
    [BindProperty] public string?[] OwnerHome { get; set; } = [];

    public abstract bool IsNew { get; }
    public IReadOnlyList<AppraisalPrice> Prices { get; private set; } = [];
    public int Year => BangkokTime.Today(clock).Year;

    public string? Described(string field) => FieldErrors(field).Length > 0 ? "e-" + field : null;

    public static string At(string?[] values, int i) => i < values.Length ? values[i] ?? "" : "";

    protected async Task LoadPricesAsync(CancellationToken cancellationToken) =>
        Prices = await db.Set<AppraisalPrice>().AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Code).ThenByDescending(p => p.FromYear).ToListAsync(cancellationToken);

    /// <summary>Puts a registered property and its owners into the form.</summary>
    protected async Task FillAsync(TaxProperty property, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        Code = property.Code;
        Kind = property.Kind;
        Location = property.Location;
        Subdistrict = property.Subdistrict;
        DeedType = property.DeedType;
        DeedNumber = property.DeedNumber;
        if (property.AreaSquareWa is { } wa)
        {
            Rai = Math.Floor(wa / 400).ToString(inv);
            Ngan = Math.Floor(wa % 400 / 100).ToString(inv);
            SquareWa = (wa % 100).ToString("0.##", inv);
        }
        PriceCode = property.PriceCode;
        Material = property.Material;
        FloorAreaM2 = property.FloorAreaM2?.ToString("0.##", inv);
        YearBuilt = property.YearBuilt?.ToString(inv);
        UnitNumber = property.UnitNumber;
        Parcel = property.ParcelId is { } parcel
            ? await db.Set<TaxProperty>().Where(p => p.Id == parcel).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken)
            : null;
        UseKind = [.. property.Uses.Select(u => u.Use.Code())];
        UseArea = [.. property.Uses.Select(u => u.Area.ToString("0.##", inv))];
        UseVacant = [.. property.Uses.Select(u => u.YearsVacant.ToString(inv))];
        var owners = await (from o in db.Set<PropertyOwner>().AsNoTracking()
                            join p in db.Set<TaxPayer>().AsNoTracking() on o.PayerId equals p.Id
                            where o.PropertyId == property.Id
                            orderby o.SharePercent descending, p.Code
                            select new { p.Code, o.SharePercent, o.InHouseRegister }).ToListAsync(cancellationToken);
        OwnerCode = [.. owners.Select(o => o.Code)];
        OwnerShare = [.. owners.Select(o => o.SharePercent.ToString("0.####", inv))];
        OwnerHome = [.. owners.Select(o => o.InHouseRegister ? "yes" : "no")];
    }

    /// <summary>
    /// Reads and checks the whole form as the register would; null (with every error on its field and a 400) when
    /// anything is wrong. <paramref name="kind"/> is the property's kind when editing.
    /// </summary>
    protected async Task<(PropertyDetails Details, List<OwnerShare> Owners, Guid? ParcelId)?> ReadAsync(PropertyKind? kind, Guid? self,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        decimal? Number(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            errors.Add(new(field, new($"'{text}' ไม่ใช่ตัวเลข", $"'{text}' is not a number.")));
            return null;
        }
        int? Whole(string field, string? text) => Number(field, text) is { } n ? (n == Math.Floor(n) && n is >= 0 and <= 10_000 ? (int)n : Bad(field)) : null;
        int? Bad(string field)
        {
            errors.Add(new(field, new("ต้องเป็นจำนวนเต็ม", "Must be a whole number.")));
            return null;
        }

        var uses = new List<UsePart>();
        for (var i = 0; i < Math.Max(UseKind.Length, UseArea.Length); i++)
        {
            var text = At(UseKind, i);
            var area = Number("Uses", At(UseArea, i));
            var vacant = Whole("Uses", At(UseVacant, i)) ?? 0;
            if (text.Length == 0 && area is null)
            {
                continue;
            }
            if (LandUses.FromCode(text) is not { } use)
            {
                errors.Add(new("Uses", new($"แถวการใช้ประโยชน์ที่ {i + 1}: เลือกการใช้ประโยชน์", $"Use row {i + 1}: choose the use.")));
                continue;
            }
            uses.Add(new UsePart(use, area ?? 0, vacant));
        }
        var details = new PropertyDetails(IsNew ? Code : null, kind ?? Kind, Location, Subdistrict, DeedType, DeedNumber,
            Number("Rai", Rai), Number("Rai", Ngan), Number("Rai", SquareWa), PriceCode, Material, Number("FloorAreaM2", FloorAreaM2),
            TaxRegistry.CommonEra(Whole("YearBuilt", YearBuilt)), UnitNumber, uses);
        errors.AddRange(details.Validate(Year).Where(e => IsNew || e.Field != nameof(PropertyDetails.Code)));

        var owners = new List<OwnerShare>();
        var codes = Enumerable.Range(0, OwnerCode.Length).Select(i => At(OwnerCode, i).Trim().ToUpperInvariant()).ToList();
        var payers = await db.Set<TaxPayer>().AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken);
        for (var i = 0; i < codes.Count; i++)
        {
            var share = Number("Owners", At(OwnerShare, i));
            if (codes[i].Length == 0 && share is null)
            {
                continue;
            }
            if (!payers.TryGetValue(codes[i], out var payerId))
            {
                errors.Add(new("Owners", new($"ไม่พบผู้เสียภาษีรหัส '{codes[i]}' (ลงทะเบียนผู้เสียภาษีก่อน)", $"No taxpayer with code '{codes[i]}' (register the taxpayer first).")));
                continue;
            }
            owners.Add(new OwnerShare(payerId, share ?? 0, At(OwnerHome, i) == "yes"));
        }
        if (!errors.Any(e => e.Field == "Owners"))
        {
            errors.AddRange(TaxRegistry.CheckOwners(owners));
        }

        Guid? parcelId = null;
        if (details.Kind == PropertyKind.Building && !string.IsNullOrWhiteSpace(Parcel))
        {
            var parcelCode = Parcel.Trim().ToUpperInvariant();
            parcelId = await db.Set<TaxProperty>().Where(p => p.Code == parcelCode && p.Kind == PropertyKind.Land && p.Id != self)
                .Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
            if (parcelId is null)
            {
                errors.Add(new("Parcel", new($"ไม่พบที่ดินรหัส '{Parcel}' ในทะเบียน", $"No land parcel with code '{Parcel}' on the register.")));
            }
        }
        if (errors.Count > 0)
        {
            AddErrors(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }
        return (details, owners, parcelId);
    }

    public string UseName(LandUse use) => T(use.Name().Th, use.Name().En);

    public static LocalizedText PriceKindName(PriceKind kind) => AppraisalPrice.KindName(kind);
}
