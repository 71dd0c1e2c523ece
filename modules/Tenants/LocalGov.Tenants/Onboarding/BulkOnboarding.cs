using System.Text;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Import;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Seeding;
using LocalGov.Platform.Web;
using LocalGov.Tenants.Console;
using LocalGov.Tenants.Provinces;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tenants.Onboarding;

/// <summary>What a bulk onboarding did: the LAOs created, or the problems by row (then nothing was created).</summary>
public sealed record BulkOnboardingResult(IReadOnlyList<Tenant> Created, IReadOnlyList<CsvProblem> Problems, int Rows);

/// <summary>
/// Onboards many LAOs from one CSV file, as real onboarding happens: a province at a time (or the whole country, for a
/// national admin). Every row is checked first, against the file and the LAOs already here; if any row is wrong,
/// nothing is created and every problem is named by its row. Otherwise each LAO is provisioned in its own
/// transaction with its modules, and its first administrator invited when the row names one.
/// </summary>
public sealed class BulkOnboarding(
    LocalGovDbContext db,
    TenantProvisioner provisioner,
    IUserInvitations invitations,
    ITenantStore tenants,
    ModuleCatalog catalog,
    PublicUrls urls)
{
    public const int MaxRows = 10_000; // the whole country (7,852 LAOs) in one file
    public const int MaxBytes = 5 * 1024 * 1024;

    public static readonly IReadOnlyList<CsvColumn> Columns =
    [
        new("code", true), new("name_th", true), new("name_en", true), new("kind", true), new("province_code", true),
        new("dopa_code", false), new("modules", false), new("contact_email", false), new("contact_phone", false),
        new("admin_name", false), new("admin_email", false),
    ];

    /// <summary>The template: the header and two example rows (an SAO with complaints only, a municipality with more).</summary>
    public static byte[] Template()
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns.Select(c => c.Name))).Append("\r\n");
        csv.Append("sao-ban-waen,องค์การบริหารส่วนตำบลบ้านแหวน,Ban Waen SAO,SAO,50,6501101,Complaints,saraban@banwaen.go.th,053-000-001,สมศรี ใจดี,admin@banwaen.go.th\r\n");
        csv.Append("tm-nong-khwai,เทศบาลตำบลหนองควาย,Nong Khwai Subdistrict Municipality,เทศบาลตำบล,50,5501102,Complaints;WasteFees;Payments,,,,\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public async Task<BulkOnboardingResult> OnboardAsync(byte[] file, ConsoleScope scope, string culture, CancellationToken cancellationToken = default)
    {
        var table = CsvTable.Read(file, Columns, MaxBytes, MaxRows,
            new LocalizedText("ไฟล์มีแต่แถวหัวตาราง ไม่มีหน่วยงาน", "The file has a header but no LAOs."));
        if (table.FileIsUnusable)
        {
            return new BulkOnboardingResult([], table.Problems, 0);
        }
        var problems = table.Problems.ToList();
        var rows = new List<(CsvRecord Row, Tenant Tenant, IReadOnlyList<string> Modules, string? AdminName, string? AdminEmail)>();
        var existingCodes = (await db.Set<Tenant>().AsNoTracking().Select(t => t.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var existingDopa = (await db.Set<Tenant>().AsNoTracking().Where(t => t.DopaCode != null).Select(t => t.DopaCode!)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var codesInFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var dopaInFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var found = problems.Count;
            void Problem(string? field, LocalizedText message) => problems.Add(new CsvProblem(row.Number, field, message));

            var kind = Kind(row["kind"]);
            if (kind is null)
            {
                Problem("kind", new LocalizedText($"ประเภท '{row["kind"]}' ไม่ถูกต้อง ใช้ เทศบาลนคร เทศบาลเมือง เทศบาลตำบล หรือ อบต.",
                    $"The kind '{row["kind"]}' is not one of: City, Town, Subdistrict (municipalities) or SAO."));
            }
            var province = ProvinceCatalog.Find(row["province_code"] ?? "");
            if (province is null)
            {
                Problem("province_code", new LocalizedText($"ไม่มีรหัสจังหวัด '{row["province_code"]}' (ใช้รหัสจังหวัด 2 หลักของกรมการปกครอง)",
                    $"There is no province with the code '{row["province_code"]}' (use DOPA's 2-digit province code)."));
            }
            else if (!scope.Covers(province.Code))
            {
                Problem("province_code", new LocalizedText("คุณเพิ่มหน่วยงานได้เฉพาะในจังหวัดของคุณ", "You can add LAOs only in your own province."));
            }
            var modules = (row["modules"] ?? "").Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(m => catalog.Modules.FirstOrDefault(x => string.Equals(x.Name, m, StringComparison.OrdinalIgnoreCase))?.Name ?? m)
                .Distinct(StringComparer.Ordinal).ToList();
            Try("modules", () => catalog.ValidateSelection(modules));
            var adminName = row["admin_name"];
            var adminEmail = row["admin_email"];
            if ((adminName is null) != (adminEmail is null))
            {
                Problem(adminName is null ? "admin_name" : "admin_email", new LocalizedText(
                    "ใส่ทั้งชื่อและอีเมลของผู้ดูแลระบบคนแรก หรือเว้นว่างทั้งสองช่องแล้วเชิญภายหลัง",
                    "Give both the first administrator's name and email, or leave both empty and invite them later."));
            }
            else if (adminEmail is not null && !LooksLikeEmail(adminEmail))
            {
                Problem("admin_email", new LocalizedText($"อีเมล '{adminEmail}' ไม่ถูกต้อง", $"'{adminEmail}' is not an email address."));
            }

            Tenant? tenant = null;
            if (kind is not null && province is not null)
            {
                Try(null, () =>
                {
                    tenant = new Tenant(row["code"] ?? "", row["name_th"] ?? "", row["name_en"] ?? "", kind.Value, province.Code, row["dopa_code"]);
                    tenant.SetContact(row["contact_email"], row["contact_phone"]);
                });
            }
            if (tenant is not null)
            {
                if (existingCodes.Contains(tenant.Code))
                {
                    Problem("code", new LocalizedText($"รหัสหน่วยงาน '{tenant.Code}' ถูกใช้แล้ว", $"The LAO code '{tenant.Code}' is already taken."));
                }
                else if (codesInFile.TryGetValue(tenant.Code, out var first))
                {
                    Problem("code", new LocalizedText($"รหัส '{tenant.Code}' ซ้ำกับแถวที่ {first}", $"The code '{tenant.Code}' repeats row {first}."));
                }
                codesInFile.TryAdd(tenant.Code, row.Number);
                if (tenant.DopaCode is { } dopa)
                {
                    if (existingDopa.Contains(dopa))
                    {
                        Problem("dopa_code", new LocalizedText($"มีหน่วยงานรหัส อปท. {dopa} ในระบบแล้ว", $"An LAO with the DOPA code {dopa} is already here."));
                    }
                    else if (dopaInFile.TryGetValue(dopa, out var firstDopa))
                    {
                        Problem("dopa_code", new LocalizedText($"รหัส อปท. {dopa} ซ้ำกับแถวที่ {firstDopa}", $"The DOPA code {dopa} repeats row {firstDopa}."));
                    }
                    dopaInFile.TryAdd(dopa, row.Number);
                }
            }
            if (problems.Count == found && tenant is not null)
            {
                rows.Add((row, tenant, modules, adminName, adminEmail));
            }

            void Try(string? field, Action check)
            {
                try
                {
                    check();
                }
                catch (BusinessRuleException e)
                {
                    Problem(field ?? Column(e.Field), e.UserMessage);
                }
            }
        }
        if (problems.Count > 0)
        {
            return new BulkOnboardingResult([], [.. problems.OrderBy(p => p.Row)], table.Rows.Count + table.Problems.Count);
        }

        var created = new List<Tenant>();
        var english = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        try
        {
            foreach (var (row, tenant, modules, adminName, adminEmail) in rows)
            {
                // one LAO, one transaction: its modules' seed data and its first admin's invitation, or nothing
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await provisioner.ProvisionAsync(tenant, modules, cancellationToken);
                if (adminEmail is not null)
                {
                    await invitations.InviteStaffAsync(tenant.Id, english ? tenant.NameEn : tenant.NameTh, adminEmail, adminName!,
                        [RoleTemplates.TenantAdmin], culture, urls.ForTenantCode(tenant.Code), cancellationToken);
                }
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear(); // a province is hundreds of LAOs: keep each save small
                created.Add(tenant);
            }
        }
        catch (BusinessRuleException e)
        {
            // checked above, so only a race (another admin added the same code meanwhile) or an invitation refused
            // (the email has an account already); what was created before this row stays, and the page says so
            db.ChangeTracker.Clear();
            var failed = rows[created.Count].Row.Number;
            return new BulkOnboardingResult(created, [new CsvProblem(failed, Column(e.Field), e.UserMessage)], rows.Count);
        }
        finally
        {
            if (created.Count > 0)
            {
                tenants.Invalidate();
            }
        }
        return new BulkOnboardingResult(created, [], rows.Count);
    }

    /// <summary>The file's column for a field name the entity or invitation gave.</summary>
    private static string? Column(string? field) => field switch
    {
        "nameTh" => "name_th",
        "nameEn" => "name_en",
        "provinceCode" => "province_code",
        "contactEmail" => "contact_email",
        "contactPhone" => "contact_phone",
        "email" or "adminEmail" => "admin_email",
        null => null,
        var other => other,
    };

    private static bool LooksLikeEmail(string value) =>
        value.Length <= 256 && System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value; // as the tax register checks it

    /// <summary>The kind by its English enum name, a short English word, or its Thai name.</summary>
    public static TenantKind? Kind(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "citymunicipality" or "city" or "เทศบาลนคร" => TenantKind.CityMunicipality,
        "townmunicipality" or "town" or "เทศบาลเมือง" => TenantKind.TownMunicipality,
        "subdistrictmunicipality" or "subdistrict" or "เทศบาลตำบล" => TenantKind.SubdistrictMunicipality,
        "subdistrictadministrativeorganization" or "sao" or "อบต." or "อบต" or "องค์การบริหารส่วนตำบล" => TenantKind.SubdistrictAdministrativeOrganization,
        _ => null,
    };
}
