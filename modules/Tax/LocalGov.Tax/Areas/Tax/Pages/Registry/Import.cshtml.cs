using System.Security.Claims;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using LocalGov.Tax.Import;
using LocalGov.Tax.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tax.Areas.Tax.Pages.Registry;

/// <summary>
/// CSV import of properties and their owners in two steps. Check: every row is checked and the report lists each
/// problem by row and column; nothing is saved. Import: all of a clean file, or — ticking that they are left out —
/// only the properties whose every row is valid. The file comes back sealed and is checked again; if what would be
/// imported is not what the officer saw, nothing is saved and the new report shows (409).
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Registry)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = MaxRequestBytes)]
[RequestSizeLimit(MaxRequestBytes)]
public sealed class ImportModel(LocalGovDbContext db, RegistryImport import) : TaxPage
{
    public const int MaxRequestBytes = RegistryCsv.MaxBytes * 2;
    public const int MaxProblemsShown = 1000;

    public RegistryImportReport? Report { get; private set; }
    public string? SealedFile { get; private set; }
    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public FileContentResult OnGetTemplate() => File(RegistryCsv.Template(), "text/csv; charset=utf-8", "tax-register-template.csv");

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var bytes = file is null ? null : await UploadedFile.ReadLimitedAsync(file.OpenReadStream(), file.Length, RegistryCsv.MaxBytes, cancellationToken);
        if (bytes is null || bytes.Length == 0)
        {
            if (file is null || file.Length == 0)
            {
                Error("เลือกไฟล์ CSV ที่จะนำเข้า", "Choose the CSV file to import.", "file");
            }
            else
            {
                Error($"ไฟล์ใหญ่เกิน {RegistryCsv.MaxBytes / 1024 / 1024} MB แบ่งเป็นหลายไฟล์", $"The file is larger than {RegistryCsv.MaxBytes / 1024 / 1024} MB; split it.", "file");
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        FileName = Path.GetFileName(file!.FileName);
        await ReportAsync(bytes, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? sealedFile, string? fileName, int expected, bool validOnly, bool leaveOut,
        CancellationToken cancellationToken)
    {
        FileName = fileName is { Length: <= 200 } ? fileName : null;
        var bytes = import.Open(sealedFile, UserKey);
        if (bytes is null)
        {
            Error("ไฟล์ที่ตรวจไว้หมดอายุหรือไม่ถูกต้อง เลือกไฟล์แล้วตรวจอีกครั้ง", "The checked file has expired or is not valid; choose the file and check it again.", "file");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var report = await ReportAsync(bytes, cancellationToken);
        if (validOnly && !leaveOut)
        {
            Error("ติ๊กยืนยันว่าจะไม่นำเข้าทรัพย์สินที่มีข้อผิดพลาด", "Tick to confirm that the properties with errors are left out.", "leaveOut");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (report.Valid.Count == 0 || (!validOnly && !report.IsClean) || report.Valid.Count != expected)
        {
            Error("ข้อมูลเปลี่ยนไปหลังจากตรวจไฟล์ (เช่น มีผู้ลงทะเบียนรหัสเดียวกันแล้ว) ยังไม่ได้นำเข้า ดูผลตรวจล่าสุดด้านล่าง",
                "Things changed since the file was checked (e.g. someone registered the same code); nothing was imported. See the new report below.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        RegistryImportResult? result = null;
        if (await TryAsync(db, async () => result = await import.ImportAsync(report, cancellationToken)))
        {
            return LocalRedirect($"{Request.PathBase}/staff/tax/registry?imported={result!.Properties}");
        }
        return Page();
    }

    public string ColumnLabel(string? column) => column ?? T("ทั้งแถว", "whole row");

    private string UserKey => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task<RegistryImportReport> ReportAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        Report = await import.CheckAsync(bytes, cancellationToken);
        SealedFile = Report.Valid.Count > 0 ? import.Seal(bytes, UserKey) : null;
        return Report;
    }
}
