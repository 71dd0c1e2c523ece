using System.Net;
using System.Text;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Console;

/// <summary>
/// Onboarding a province's LAOs from one CSV file: every row checked first, problems named by row and column in the
/// reader's language, nothing created when any row is wrong; each created LAO gets its modules and, when the row
/// names one, an invitation for its first administrator.
/// </summary>
public abstract class BulkOnboardingTests(LocalGovHost host)
{
    private const string Header = "code,name_th,name_en,kind,province_code,dopa_code,modules,contact_email,contact_phone,admin_name,admin_email";

    private async Task<FormClient> ProvincialAdminAsync(string province)
    {
        var email = People.NewEmail("bulk" + province);
        var user = await People.CreateAsync(host, email, UserKind.ProvincialAdmin, [RoleTemplates.ProvincialAdmin], provinceCode: province, twoFactor: true);
        return await People.SignInAsync(host, email, await People.AuthenticatorKeyAsync(host, user.Id));
    }

    private static string Code(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..6];

    private static string Dopa() => Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> UploadAsync(FormClient client, string csv) =>
        client.SubmitWithFilesAsync("/console/laos/import", [], [("file", "laos.csv", Encoding.UTF8.GetBytes(csv))]);

    private ITenantStore Tenants => host.Services.GetRequiredService<ITenantStore>();

    [Fact]
    public async Task AProvincesLaos_AreCreatedFromOneFile_WithTheirModules_AndFirstAdminsInvited()
    {
        var admin = await ProvincialAdminAsync("50");
        var (sao, town, city) = (Code("sao"), Code("town"), Code("city"));
        var adminEmail = People.NewEmail("bulkadmin");
        var csv = $""""
            {Header}
            {sao},องค์การบริหารส่วนตำบลทดสอบ,Test SAO,อบต.,50,{Dopa()},,saraban@sao.example.go.th,053-111-222,สมศรี ใจดี,{adminEmail}
            {town},เทศบาลตำบลทดสอบ,Test Subdistrict Municipality,เทศบาลตำบล,50,{Dopa()},Notes;Payments,,,,
            {city},"เทศบาลนคร ""ทดสอบ""","Test City, Municipality",City,50,,payments,,,,
            """";
        var response = await UploadAsync(admin, csv);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-created=\"3\"", page, StringComparison.Ordinal);
        Assert.Contains("เพิ่มหน่วยงานแล้ว 3 แห่ง", page, StringComparison.Ordinal);

        var saoInfo = await Tenants.FindByCodeAsync(sao);
        Assert.NotNull(saoInfo);
        Assert.Equal(TenantKind.SubdistrictAdministrativeOrganization, saoInfo.Kind);
        Assert.False(saoInfo.Features["Modules.Payments"]);
        var townInfo = await Tenants.FindByCodeAsync(town);
        Assert.True(townInfo!.Features["Modules.Notes"]);
        Assert.True(townInfo.Features["Modules.Payments"]);
        var cityInfo = await Tenants.FindByCodeAsync(city);
        Assert.Equal("เทศบาลนคร \"ทดสอบ\"", cityInfo!.Name.Th); // quoted values keep their quotes and commas
        Assert.Equal("Test City, Municipality", cityInfo.Name.En);
        Assert.True(cityInfo.Features["Modules.Payments"]); // module names in any case

        var (mail, link) = await People.LastMailAsync(host, adminEmail);
        Assert.Contains("องค์การบริหารส่วนตำบลทดสอบ", mail.Subject, StringComparison.Ordinal);
        Assert.StartsWith($"http://{sao}.{LocalGovHost.BaseDomain}/account/invitation?", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWithWrongRows_CreatesNothing_AndNamesEveryRowAndColumn()
    {
        var admin = await ProvincialAdminAsync("50");
        var (good, twice) = (Code("good"), Code("twice"));
        var dopa = Dopa();
        var csv = $"""
            {Header}
            {good},เทศบาลดี,Good Municipality,town,50,{dopa},,,,,
            {Code("kind")},เทศบาลผิดประเภท,Wrong kind,village,50,,,,,,
            {Code("far")},เทศบาลต่างจังหวัด,Other province,SAO,10,,,,,,
            {twice},อบต.หนึ่ง,One,SAO,50,,,,,,
            {twice},อบต.สอง,Two,SAO,50,{dopa},,,,,
            alpha,ซ้ำกับที่มีอยู่,Taken,SAO,50,,,,,,
            {Code("half")},อบต.ครึ่ง,Half,SAO,50,,,,,ผู้ดูแล,
            {Code("mod")},อบต.โมดูล,Modules,SAO,50,,NoSuchModule,,,,
            """;
        var response = await UploadAsync(admin, csv);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-created=\"0\"", page, StringComparison.Ordinal);
        Assert.Contains("ไม่ได้เพิ่มหน่วยงานใด ๆ", page, StringComparison.Ordinal);
        foreach (var (row, field) in new[]
        {
            (3, "kind"), (4, "province_code"), (6, "code"), (6, "dopa_code"), (7, "code"), (8, "admin_email"), (9, "modules"),
        })
        {
            Assert.Contains($"data-problem-row=\"{row}\" data-problem-field=\"{field}\"", page, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("data-problem-row=\"2\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-problem-row=\"5\"", page, StringComparison.Ordinal);
        Assert.Contains("ซ้ำกับแถวที่ 5", page, StringComparison.Ordinal); // in Thai on a Thai page, never both languages
        Assert.DoesNotContain("repeats row", page, StringComparison.Ordinal);
        Assert.Null(await Tenants.FindByCodeAsync(good));
        Assert.Null(await Tenants.FindByCodeAsync(twice));

        // the same file, fixed, goes through
        var fixedCsv = $"""
            {Header}
            {good},เทศบาลดี,Good Municipality,town,50,{dopa},,,,,
            {twice},อบต.หนึ่ง,One,SAO,50,,,,,,
            """;
        var second = await UploadAsync(admin, fixedCsv);
        Assert.Contains("data-created=\"2\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await Tenants.FindByCodeAsync(good));
    }

    [Fact]
    public async Task AFileThatCannotBeRead_IsRefusedAsAWhole_InTheReadersLanguage()
    {
        var admin = await ProvincialAdminAsync("50");
        var workbook = await admin.SubmitWithFilesAsync("/console/laos/import", [], [("file", "laos.xlsx", "PK\u0003\u0004 not a csv"u8.ToArray())]);
        Assert.Equal(HttpStatusCode.BadRequest, workbook.StatusCode);
        Assert.Contains("สมุดงาน Excel", await workbook.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        admin.Http.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var missing = await UploadAsync(admin, $"code,name_th\r\n{Code("x")},ไม่ครบ\r\n");
        var page = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Required columns are missing: name_en, kind, province_code", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ไม่มีคอลัมน์ที่ต้องมี", page, StringComparison.Ordinal);

        var empty = await admin.SubmitWithFilesAsync("/console/laos/import", [], []);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Choose the CSV file", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTemplate_IsAFileTheImportAccepts()
    {
        var admin = await ProvincialAdminAsync("50");
        var template = await admin.Http.GetAsync("/console/laos/import?handler=Template");
        Assert.Equal("text/csv", template.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await template.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith(Header, text, StringComparison.Ordinal);
        // the examples with codes, DOPA codes and admin emails of their own (the test may run twice on one database)
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var codes = new List<string>();
        var rows = lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            cells[0] = Code("tpl");
            codes.Add(cells[0]);
            cells[5] = cells[5].Length > 0 ? Dopa() : "";
            cells[10] = cells[10].Length > 0 ? People.NewEmail("tpl") : "";
            return string.Join(',', cells);
        }).ToList();
        var response = await UploadAsync(admin, string.Join("\r\n", rows.Prepend(lines[0])));
        Assert.Contains($"data-created=\"{codes.Count}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, codes.Count);
        Assert.NotNull(await Tenants.FindByCodeAsync(codes[1]));
    }

    [Fact]
    public async Task OnlyAdminsWhoOnboard_MayUseIt()
    {
        var anonymous = await new FormClient(host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
            .Http.GetAsync("/console/laos/import");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var staffEmail = People.NewEmail("bulkstaff");
        await People.CreateAsync(host, staffEmail, UserKind.Staff, [RoleTemplates.Cashier], host.Alpha.Id);
        var staff = await People.SignInAsync(host, staffEmail);
        var refused = await staff.Http.GetAsync("/console/laos/import");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode); // to the access-denied page, as the rest of the console
        Assert.Contains("denied", refused.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBulkOnboardingTests(SqliteHost host) : BulkOnboardingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBulkOnboardingTests(PostgresHost host) : BulkOnboardingTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlBulkOnboardingTests(MySqlHost host) : BulkOnboardingTests(host);
