using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Import;

/// <summary>One owner row of a property as read from the file.</summary>
public sealed record ImportOwner(int Row, PayerDetails Payer, decimal Share, bool InHouseRegister);

/// <summary>A property of the file whose every row is valid: what will be registered.</summary>
public sealed record ImportProperty(string Code, PropertyDetails Details, IReadOnlyList<ImportOwner> Owners);

/// <summary>The check of a file: every problem by row and column, and the properties that can be imported (none is saved yet).</summary>
public sealed record RegistryImportReport(RegistryCsvFile File, IReadOnlyList<RegistryProblem> Problems, IReadOnlyList<ImportProperty> Valid,
    int Properties, int ExistingPayers)
{
    public int Rows => File.RowCount;
    public int ValidRows => Valid.Sum(p => p.Owners.Count);
    public int LeftOutRows => Rows - ValidRows;
    public int LeftOutProperties => Properties - Valid.Count;
    public bool IsClean => !File.IsUnusable && Rows > 0 && LeftOutRows == 0;
}

/// <summary>What an import saved.</summary>
public sealed record RegistryImportResult(int Properties, int NewPayers, int ReusedPayers, int Owners);

/// <summary>
/// CSV import of the register (<see cref="RegistryCsv"/>): each row is checked with the form's own rules
/// (<see cref="PropertyDetails.Validate"/>, <see cref="PayerDetails.Validate"/>, <see cref="TaxRegistry.CheckOwners"/>),
/// plus the file's own: rows with one property_code must describe the same property, codes and deeds may not be in
/// the register already or twice in the file. A property is imported whole or not at all. Owners already on the roll
/// (same ID) are reused as they are. Between the check and the confirmation the file travels sealed with Data
/// Protection (bound to the LAO and the officer, two hours) and is checked again on confirmation.
/// </summary>
public sealed class RegistryImport(
    LocalGovDbContext db,
    TaxRegistry registry,
    IPersonalDataVault vault,
    IAuditScope audit,
    IDataProtectionProvider protection,
    ICurrentTenant tenant,
    TimeProvider clock)
{
    private const int SaveEvery = 500;

    private static readonly string[] PropertyColumns =
        ["kind", "location", "subdistrict", "deed_type", "deed_number", "rai", "ngan", "wa", "price_code", "material", "floor_area_m2", "year_built",
            "unit_number", "use", "years_vacant"];

    private static readonly Dictionary<string, string> PropertyFieldColumns = new(StringComparer.Ordinal)
    {
        [nameof(PropertyDetails.Code)] = "property_code", [nameof(PropertyDetails.Kind)] = "kind", [nameof(PropertyDetails.Location)] = "location",
        [nameof(PropertyDetails.Subdistrict)] = "subdistrict", [nameof(PropertyDetails.DeedType)] = "deed_type",
        [nameof(PropertyDetails.DeedNumber)] = "deed_number", [nameof(PropertyDetails.Rai)] = "rai", [nameof(PropertyDetails.PriceCode)] = "price_code",
        [nameof(PropertyDetails.Material)] = "material", [nameof(PropertyDetails.FloorAreaM2)] = "floor_area_m2",
        [nameof(PropertyDetails.YearBuilt)] = "year_built", [nameof(PropertyDetails.UnitNumber)] = "unit_number", [nameof(PropertyDetails.Uses)] = "use",
    };

    private static readonly Dictionary<string, string> PayerFieldColumns = new(StringComparer.Ordinal)
    {
        [nameof(PayerDetails.Kind)] = "owner_kind", [nameof(PayerDetails.Name)] = "owner_name", [nameof(PayerDetails.Id)] = "owner_id",
        [nameof(PayerDetails.Email)] = "owner_email", [nameof(PayerDetails.Phone)] = "owner_phone", [nameof(PayerDetails.Address)] = "owner_name",
    };

    public static readonly TimeSpan SealLifetime = TimeSpan.FromHours(2);

    public async Task<RegistryImportReport> CheckAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var file = RegistryCsv.Read(bytes.Span);
        var problems = new List<RegistryProblem>(file.Problems);
        void Problem(int row, string column, LocalizedText message) => problems.Add(new(row, column, message));
        var badRows = new HashSet<int>(file.Problems.Select(p => p.Row));
        var year = BangkokTime.Today(clock).Year;

        var groups = new List<(string Code, List<RegistryCsvRow> Rows)>();
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var code = row["property_code"]?.ToUpperInvariant();
            if (code is null)
            {
                Problem(row.Number, "property_code", new("ระบุรหัสทรัพย์สิน", "Give the property code."));
                continue;
            }
            if (groupOf.TryGetValue(code, out var at))
            {
                groups[at].Rows.Add(row);
            }
            else
            {
                groupOf[code] = groups.Count;
                groups.Add((code, [row]));
            }
        }

        var candidates = new List<(string Code, PropertyDetails Details, List<ImportOwner> Owners, List<int> Rows)>();
        foreach (var (code, rows) in groups)
        {
            var first = rows[0];
            foreach (var row in rows.Skip(1))
            {
                foreach (var column in PropertyColumns.Where(c => !string.Equals(row[c], first[c], StringComparison.Ordinal)))
                {
                    Problem(row.Number, column, new(
                        $"รหัสทรัพย์สิน {code} ซ้ำกับแถวที่ {first.Number} แต่ {column} ต่างกัน: แถวที่มีรหัสเดียวกันคือเจ้าของร่วมของทรัพย์สินเดียวกัน ต้องกรอกรายละเอียดทรัพย์สินเหมือนกัน",
                        $"Property code {code} is also on row {first.Number} but {column} differs: rows with one code are co-owners of one property and repeat its details."));
                }
            }
            var details = ReadProperty(first, code, (column, message) => Problem(first.Number, column, message));
            if (details is not null)
            {
                foreach (var error in details.Validate(year))
                {
                    Problem(first.Number, PropertyFieldColumns.GetValueOrDefault(error.Field, "property_code"), error.Message);
                }
            }
            var owners = new List<ImportOwner>();
            foreach (var row in rows)
            {
                if (ReadOwner(row, (column, message) => Problem(row.Number, column, message)) is not { } owner)
                {
                    continue;
                }
                var errors = owner.Payer.Validate();
                foreach (var error in errors)
                {
                    Problem(row.Number, PayerFieldColumns.GetValueOrDefault(error.Field, "owner_id"), error.Message);
                }
                if (errors.Count > 0)
                {
                    continue;
                }
                if (owners.FirstOrDefault(o => o.Payer.NormalizedId == owner.Payer.NormalizedId) is { } same)
                {
                    Problem(row.Number, "owner_id", new($"เจ้าของรายเดียวกับแถวที่ {same.Row} ของทรัพย์สินเดียวกัน", $"The same owner as row {same.Row} of this property."));
                    continue;
                }
                owners.Add(owner);
            }
            if (owners.Count == rows.Count)
            {
                var ids = owners.Select(_ => Guid.NewGuid()).ToList();
                foreach (var error in TaxRegistry.CheckOwners([.. owners.Zip(ids, (o, id) => new OwnerShare(id, o.Share, o.InHouseRegister))]))
                {
                    Problem(first.Number, "share_percent", error.Message);
                }
            }
            if (details is not null)
            {
                candidates.Add((code, details, owners, [.. rows.Select(r => r.Number)]));
            }
        }

        // the register and the rest of the file
        var codes = candidates.Select(c => c.Code).ToList();
        var registered = (await db.Set<TaxProperty>().AsNoTracking().Where(p => codes.Contains(p.Code)).Select(p => p.Code).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var deeds = candidates.Where(c => c.Details.Kind == PropertyKind.Land && c.Details.DeedNumber is not null).ToList();
        var deedNumbers = deeds.Select(c => c.Details.DeedNumber!.Trim()).Distinct().ToList();
        var registeredDeeds = await db.Set<TaxProperty>().AsNoTracking()
            .Where(p => p.Kind == PropertyKind.Land && p.DeedNumber != null && deedNumbers.Contains(p.DeedNumber))
            .Select(p => new { p.Code, p.DeedType, p.DeedNumber }).ToListAsync(cancellationToken);
        var deedRows = new Dictionary<(DeedType?, string), int>();
        foreach (var candidate in candidates)
        {
            var row = candidate.Rows[0];
            if (registered.Contains(candidate.Code))
            {
                Problem(row, "property_code", new($"รหัสทรัพย์สิน {candidate.Code} มีในทะเบียนแล้ว (แก้ไขที่หน้าทรัพย์สิน)",
                    $"Property code {candidate.Code} is already in the register (change it on the property's page)."));
            }
            if (candidate.Details.Kind != PropertyKind.Land || candidate.Details.DeedNumber is null)
            {
                continue;
            }
            var deed = (candidate.Details.DeedType, candidate.Details.DeedNumber.Trim());
            if (registeredDeeds.FirstOrDefault(d => d.DeedType == deed.Item1 && d.DeedNumber == deed.Item2) is { } other)
            {
                Problem(row, "deed_number", new($"เอกสารสิทธิ์เลขที่ {deed.Item2} ลงทะเบียนแล้วเป็นทรัพย์สิน {other.Code}",
                    $"Deed number {deed.Item2} is already registered as property {other.Code}."));
            }
            else if (!deedRows.TryAdd(deed, row))
            {
                Problem(row, "deed_number", new($"เอกสารสิทธิ์เลขที่ {deed.Item2} ซ้ำกับแถวที่ {deedRows[deed]}",
                    $"Deed number {deed.Item2} is also on row {deedRows[deed]}."));
            }
        }

        badRows.UnionWith(problems.Select(p => p.Row));
        var valid = candidates.Where(c => c.Owners.Count == c.Rows.Count && !c.Rows.Any(badRows.Contains))
            .Select(c => new ImportProperty(c.Code, c.Details, c.Owners)).ToList();
        var hashes = valid.SelectMany(p => p.Owners).Select(o => vault.Hash(o.Payer.NormalizedId)).Distinct().ToList();
        var existing = await db.Set<TaxPayer>().AsNoTracking().CountAsync(p => hashes.Contains(p.IdHash), cancellationToken);
        return new RegistryImportReport(file, [.. problems.OrderBy(p => p.Row)], valid, groups.Count, existing);
    }

    /// <summary>Registers the valid properties of a checked report and their owners, in one transaction; audited as one action.</summary>
    public async Task<RegistryImportResult> ImportAsync(RegistryImportReport report, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var payers = new Dictionary<string, Guid>(StringComparer.Ordinal);
        int created = 0, reused = 0, saved = 0;
        using (audit.PauseEntityChanges())
        {
            foreach (var owner in report.Valid.SelectMany(p => p.Owners))
            {
                var id = owner.Payer.NormalizedId;
                if (payers.ContainsKey(id))
                {
                    continue;
                }
                if (await registry.FindPayerByIdAsync(id, cancellationToken) is { } known)
                {
                    payers[id] = known.Id;
                    reused++;
                }
                else
                {
                    payers[id] = (await registry.CreatePayerAsync(owner.Payer, cancellationToken)).Id;
                    created++;
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            foreach (var property in report.Valid)
            {
                await registry.CreatePropertyAsync(property.Details,
                    [.. property.Owners.Select(o => new OwnerShare(payers[o.Payer.NormalizedId], o.Share, o.InHouseRegister))], cancellationToken);
                if (++saved % SaveEvery == 0)
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        var result = new RegistryImportResult(report.Valid.Count, created, reused, report.ValidRows);
        audit.AddAction("Tax.RegistryImport", string.Create(CultureInfo.InvariantCulture,
            $"{result.Properties} properties imported with {result.Owners} owner rows ({created} new payers, {reused} already registered); {report.LeftOutProperties} properties ({report.LeftOutRows} rows) left out"));
        return result;
    }

    private static PropertyDetails? ReadProperty(RegistryCsvRow row, string code, Action<string, LocalizedText> problem)
    {
        var ok = true;
        T? Read<T>(string column, Func<string, T?> parse, string th, string en) where T : struct
        {
            if (row[column] is not { } text)
            {
                return null;
            }
            if (parse(text) is { } value)
            {
                return value;
            }
            problem(column, new($"{column}: '{text}' {th}", $"{column}: '{text}' {en}"));
            ok = false;
            return null;
        }
        var kind = Read("kind", KindOf, "ต้องเป็น land building หรือ condo", "must be land, building or condo.");
        var deed = Read("deed_type", DeedOf, "ต้องเป็น chanote nor-sor-3-kor nor-sor-3 sor-kor-1 หรือ other", "must be chanote, nor-sor-3-kor, nor-sor-3, sor-kor-1 or other.");
        const string NumberTh = "ไม่ใช่ตัวเลข";
        const string NumberEn = "is not a number.";
        var rai = Read("rai", Number, NumberTh, NumberEn);
        var ngan = Read("ngan", Number, NumberTh, NumberEn);
        var wa = Read("wa", Number, NumberTh, NumberEn);
        var floor = Read("floor_area_m2", Number, NumberTh, NumberEn);
        var built = Read("year_built", Whole, "ไม่ใช่ปี ค.ศ. หรือ พ.ศ.", "is not a year.");
        var use = Read("use", LandUses.FromCode, "ต้องเป็นหนึ่งใน " + LandUses.CodeList, "must be one of " + LandUses.CodeList + ".");
        var vacant = Read("years_vacant", Whole, "ไม่ใช่จำนวนปี", "is not a number of years.");
        if (!ok)
        {
            return null;
        }
        var material = row["material"]?.ToLowerInvariant();
        var details = new PropertyDetails(code, kind, row["location"], row["subdistrict"], deed, row["deed_number"], rai, ngan, wa, row["price_code"],
            material, floor, TaxRegistry.CommonEra(built), row["unit_number"], []);
        if (use is null)
        {
            problem("use", new("ระบุการใช้ประโยชน์: " + LandUses.CodeList, "Give the use: " + LandUses.CodeList + "."));
            return null;
        }
        return details with { Uses = [new UsePart(use.Value, details.Area, vacant ?? 0)] };
    }

    private static ImportOwner? ReadOwner(RegistryCsvRow row, Action<string, LocalizedText> problem)
    {
        PayerKind? kind = row["owner_kind"]?.ToLowerInvariant() switch
        {
            null => null,
            "person" or "บุคคลธรรมดา" => PayerKind.Person,
            "juristic" or "นิติบุคคล" => PayerKind.Juristic,
            var other => Fail(() => problem("owner_kind", new($"owner_kind: '{other}' ต้องเป็น person หรือ juristic", $"owner_kind: '{other}' must be person or juristic."))),
        };
        var share = Number(row["share_percent"] ?? "");
        if (share is null)
        {
            problem("share_percent", new("ระบุสัดส่วนการถือครองเป็นตัวเลข % เช่น 50", "Give the share as a number of percent, e.g. 50."));
        }
        bool? inRegister = row["in_house_register"]?.ToLowerInvariant() switch
        {
            null or "no" or "n" or "false" or "0" or "ไม่" or "ไม่ใช่" => false,
            "yes" or "y" or "true" or "1" or "ใช่" => true,
            _ => null,
        };
        if (inRegister is null)
        {
            problem("in_house_register", new("in_house_register ต้องเป็น yes หรือ no", "in_house_register must be yes or no."));
        }
        if (row["owner_kind"] is not null && kind is null || share is null || inRegister is null)
        {
            return null;
        }
        return new ImportOwner(row.Number, new PayerDetails(kind, row["owner_name"], row["owner_id"], row["owner_email"], row["owner_phone"], null),
            share.Value, inRegister.Value);
    }

    private static PayerKind? Fail(Action report)
    {
        report();
        return null;
    }

    private static PropertyKind? KindOf(string text) => text.ToLowerInvariant() switch
    {
        "land" or "ที่ดิน" => PropertyKind.Land,
        "building" or "สิ่งปลูกสร้าง" => PropertyKind.Building,
        "condo" or "condo-unit" or "ห้องชุด" => PropertyKind.CondoUnit,
        _ => null,
    };

    /// <summary>The file's word for a deed type (see <see cref="RegistryCsv.Columns"/>).</summary>
    public static string DeedCode(DeedType deed) => deed switch
    {
        DeedType.Chanote => "chanote",
        DeedType.NorSor3Kor => "nor-sor-3-kor",
        DeedType.NorSor3 => "nor-sor-3",
        DeedType.SorKor1 => "sor-kor-1",
        _ => "other",
    };

    private static DeedType? DeedOf(string text) =>
        Enum.GetValues<DeedType>().Cast<DeedType?>().FirstOrDefault(d => DeedCode(d!.Value) == text.ToLowerInvariant() || TaxProperty.DeedName(d!.Value).Th == text);

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Whole(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The file, compressed and sealed for the confirmation form.</summary>
    public string Seal(ReadOnlySpan<byte> bytes, string user)
    {
        using var packed = new MemoryStream();
        using (var zip = new BrotliStream(packed, CompressionLevel.Fastest))
        {
            zip.Write(bytes);
        }
        return WebEncoders.Base64UrlEncode(Protector(user).Protect(packed.ToArray(), DateTimeOffset.UtcNow + SealLifetime));
    }

    /// <summary>The sealed file, or null when the seal is broken, expired, or another LAO's or officer's.</summary>
    public byte[]? Open(string? sealedFile, string user)
    {
        if (string.IsNullOrEmpty(sealedFile))
        {
            return null;
        }
        try
        {
            using var zip = new BrotliStream(new MemoryStream(Protector(user).Unprotect(WebEncoders.Base64UrlDecode(sealedFile), out _)), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            zip.CopyTo(bytes);
            return bytes.Length <= RegistryCsv.MaxBytes ? bytes.ToArray() : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or InvalidDataException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(string user) =>
        protection.CreateProtector("LocalGov.Tax.RegistryImport.v1", tenant.Id?.ToString() ?? "host", user).ToTimeLimitedDataProtector();
}
