using LocalGov.Platform.Web;
using System.IO.Compression;
using System.Security.Cryptography;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace LocalGov.WasteFees.Import;

/// <summary>One data row checked: ready to save, or with every problem it has.</summary>
public sealed record ImportRow(int Number, ServicePointDetails? Details, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Details is not null && Errors.Count == 0;
}

/// <summary>The row-by-row report on a file: nothing is saved until the officer confirms.</summary>
public sealed record ImportReport(ParsedCsv File, IReadOnlyList<ImportRow> Rows)
{
    public int Total => File.RowCount;
    public int Valid => Rows.Count(r => r.IsValid);
    public int Invalid => Total - Valid;
    public bool IsClean => !File.FileIsUnusable && Total > 0 && Invalid == 0;

    /// <summary>Every problem, by row: the file's own, rows of the wrong shape, and each field of each row.</summary>
    public IReadOnlyList<ImportProblem> Problems => [.. File.Problems
        .Concat(Rows.SelectMany(r => r.Errors.Select(e => new ImportProblem(r.Number, e.Field, e.Message))))
        .OrderBy(p => p.Row)];
}

/// <summary>
/// Checks a CSV file of service points with the form's own rules (<see cref="ServicePointDetails.Validate"/>) and the
/// duplicate rule (<see cref="HouseCodeDuplicates"/>), and imports the valid rows in one save. Between the check and
/// the confirmation the file travels in the page sealed with Data Protection (bound to the LAO and the officer, good
/// for two hours), and is checked again on confirmation: nothing from the browser is trusted.
/// </summary>
public sealed class ServicePointImport(
    ServicePointRegistry registry,
    HouseCodeDuplicates duplicates,
    IPersonalDataVault vault,
    IAuditScope audit,
    IDataProtectionProvider protection,
    ICurrentTenant tenant)
{
    public static readonly TimeSpan SealLifetime = TimeSpan.FromHours(2);

    public async Task<ImportReport> CheckAsync(ReadOnlyMemory<byte> file, CancellationToken cancellationToken)
    {
        var parsed = ServicePointCsv.Parse(file.Span);
        var classes = await registry.FeeClassesByCodeAsync(cancellationToken);
        var checkedRows = parsed.Rows.Select(row =>
        {
            var (details, errors) = ServicePointDetails.Validate(row.Input, classes, vault);
            return (row.Number, details, Errors: errors.ToList());
        }).ToList();

        var codes = checkedRows.Where(r => r.details?.HouseCode is not null).Select(r => r.details!.HouseCode!).ToList();
        var existing = await duplicates.ExistingAsync(codes, null, cancellationToken);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in checkedRows.Where(r => r.details?.HouseCode is not null))
        {
            var key = HouseCodeDuplicates.Key(row.details!.HouseCode!, row.details.PlaceName);
            if (existing.TryGetValue(key, out var account))
            {
                row.Errors.Add(HouseCodeDuplicates.Registered(account));
            }
            else if (!firstRow.TryAdd(key, row.Number))
            {
                row.Errors.Add(HouseCodeDuplicates.RepeatedInFile(firstRow[key]));
            }
        }
        return new ImportReport(parsed, [.. checkedRows.Select(r => new ImportRow(r.Number, r.Errors.Count == 0 ? r.details : null, r.Errors))]);
    }

    /// <summary>Saves the valid rows of a checked report in one save; audited as one action with the counts.</summary>
    public async Task<int> ImportAsync(ImportReport report, CancellationToken cancellationToken)
    {
        var valid = report.Rows.Where(r => r.IsValid).Select(r => r.Details!).ToList();
        using (audit.PauseEntityChanges())
        {
            await registry.CreateManyAsync(valid, cancellationToken);
        }
        audit.AddAction("WasteFees.Import", $"{valid.Count} points imported; {report.Invalid} rows with errors left out; {report.Total} rows in the file");
        return valid.Count;
    }

    /// <summary>The file, compressed and sealed for the confirmation form.</summary>
    public string Seal(ReadOnlySpan<byte> file, string user)
    {
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Fastest))
        {
            brotli.Write(file);
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
            var packed = Protector(user).Unprotect(WebEncoders.Base64UrlDecode(sealedFile), out _);
            using var brotli = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
            using var file = new MemoryStream();
            brotli.CopyTo(file);
            return file.Length <= ServicePointCsv.MaxBytes ? file.ToArray() : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or InvalidDataException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(string user) =>
        protection.CreateProtector("LocalGov.WasteFees.Import.v1", tenant.Id?.ToString() ?? "host", user).ToTimeLimitedDataProtector();
}
