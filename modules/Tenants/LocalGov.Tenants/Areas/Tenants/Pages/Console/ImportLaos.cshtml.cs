using LocalGov.Platform.Import;
using LocalGov.Tenants.Console;
using LocalGov.Tenants.Onboarding;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Console;

/// <summary>
/// Onboarding many LAOs from one CSV file (<see cref="BulkOnboarding"/>): a provincial admin's province at a time, or
/// any province for a national admin. A file with any wrong row creates nothing and lists every problem by row.
/// </summary>
[Authorize(Policy = TenantsPermissions.OnboardPolicy)]
[RequestFormLimits(MultipartBodyLengthLimit = BulkOnboarding.MaxBytes + 64 * 1024)]
[RequestSizeLimit(BulkOnboarding.MaxBytes + 64 * 1024)]
public sealed class ImportLaosModel(BulkOnboarding bulk) : TenantsPage
{
    /// <summary>At most this many problems are listed; the count covers them all.</summary>
    public const int MaxProblemsShown = 1000;

    public BulkOnboardingResult? Result { get; private set; }
    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public FileContentResult OnGetTemplate() => File(BulkOnboarding.Template(), "text/csv; charset=utf-8", "localgov-laos-template.csv");

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Error("เลือกไฟล์ CSV ของหน่วยงานที่จะเพิ่ม", "Choose the CSV file of the LAOs to add.", "file");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        FileName = Path.GetFileName(file.FileName);
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }
        Result = await bulk.OnboardAsync(buffer.ToArray(), ConsoleScope.Of(User), System.Globalization.CultureInfo.CurrentUICulture.Name, cancellationToken);
        if (Result.Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public string ColumnLabel(string? column) => column switch
    {
        "code" => T("รหัส", "Code"),
        "name_th" => T("ชื่อภาษาไทย", "Name in Thai"),
        "name_en" => T("ชื่อภาษาอังกฤษ", "Name in English"),
        "kind" => T("ประเภท", "Type"),
        "province_code" => T("รหัสจังหวัด", "Province code"),
        "dopa_code" => T("รหัส อปท.", "DOPA code"),
        "modules" => T("โมดูล", "Modules"),
        "contact_email" => T("อีเมลติดต่อ", "Contact email"),
        "contact_phone" => T("โทรศัพท์ติดต่อ", "Contact phone"),
        "admin_name" => T("ชื่อผู้ดูแลระบบ", "Administrator's name"),
        "admin_email" => T("อีเมลผู้ดูแลระบบ", "Administrator's email"),
        _ => "",
    };
}
