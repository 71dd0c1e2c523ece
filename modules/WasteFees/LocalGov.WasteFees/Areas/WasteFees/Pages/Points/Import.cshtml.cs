using System.Security.Claims;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.WasteFees.Import;
using LocalGov.WasteFees.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Points;

/// <summary>
/// CSV import of service points in two steps. Check: the file is read and every row checked; the report lists each
/// problem by row and field, and nothing is saved. Import: the officer confirms — all rows of a clean file, or, ticking
/// that the rows with errors are left out, only the valid ones. The file comes back sealed and is checked again; if
/// what would be imported is not what the officer saw, nothing is saved and the new report is shown (409).
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Manage)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = MaxRequestBytes)]
[RequestSizeLimit(MaxRequestBytes)]
public sealed class ImportModel(LocalGovDbContext db, ServicePointImport import) : WasteFeesPage
{
    /// <summary>The file, or its sealed copy (compressed, then base64): both fit.</summary>
    public const int MaxRequestBytes = ServicePointCsv.MaxBytes * 2;

    /// <summary>At most this many problems are listed; the counts cover them all.</summary>
    public const int MaxProblemsShown = 1000;

    public ImportReport? Report { get; private set; }
    public string? SealedFile { get; private set; }
    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public FileContentResult OnGetTemplate() => File(ServicePointCsv.Template(), "text/csv; charset=utf-8", "waste-service-points-template.csv");

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Error("เลือกไฟล์ CSV ที่จะนำเข้า", "Choose the CSV file to import.", "file");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (file.Length > ServicePointCsv.MaxBytes)
        {
            Error($"ไฟล์ใหญ่เกิน {ServicePointCsv.MaxBytes / 1024 / 1024} MB แบ่งเป็นหลายไฟล์แล้วนำเข้าทีละไฟล์",
                $"The file is larger than {ServicePointCsv.MaxBytes / 1024 / 1024} MB; split it and import the parts one by one.", "file");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }
        FileName = Path.GetFileName(file.FileName);
        await ReportAsync(buffer.ToArray(), cancellationToken);
        return Page();
    }

    /// <summary>Imports the confirmed file: all of it when clean, or only its valid rows when the officer ticked that.</summary>
    public async Task<IActionResult> OnPostImportAsync(string? sealedFile, string? fileName, int expected, bool validOnly, bool leaveOut,
        CancellationToken cancellationToken)
    {
        FileName = fileName is { Length: <= 200 } ? fileName : null;
        var bytes = import.Open(sealedFile, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        if (bytes is null)
        {
            Error("ไฟล์ที่ตรวจไว้หมดอายุหรือไม่ถูกต้อง กรุณาเลือกไฟล์แล้วตรวจอีกครั้ง",
                "The checked file has expired or is not valid; choose the file and check it again.", "file");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var report = await ReportAsync(bytes, cancellationToken);
        if (validOnly && !leaveOut)
        {
            Error("ติ๊กยืนยันว่าจะไม่นำเข้าแถวที่มีข้อผิดพลาด", "Tick to confirm that the rows with errors are left out.", "leaveOut");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (report.Valid == 0 || (!validOnly && !report.IsClean) || report.Valid != expected)
        {
            Error("ข้อมูลเปลี่ยนไปหลังจากตรวจไฟล์ (เช่น มีผู้ลงทะเบียนจุดบริการเดียวกันแล้ว) ยังไม่ได้นำเข้า ดูผลตรวจล่าสุดด้านล่าง",
                "Things changed since the file was checked (e.g. someone registered the same point); nothing was imported. See the new report below.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var imported = 0;
        if (await TryAsync(db, async () => imported = await import.ImportAsync(report, cancellationToken)))
        {
            return LocalRedirect($"{Request.PathBase}/staff/waste?imported={imported}");
        }
        return Page();
    }

    public string FieldLabel(string? field) => field is null ? T("ทั้งแถว", "whole row")
        : LocalGov.WasteFees.ServicePoints.ServicePointFields.Find(field) is { } f ? $"{field} ({T(f.Label.Th, f.Label.En)})" : field;

    private async Task<ImportReport> ReportAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        Report = await import.CheckAsync(bytes, cancellationToken);
        SealedFile = Report.Valid > 0 ? import.Seal(bytes, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "") : null;
        return Report;
    }
}
