using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Permits.PermitTypes;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.Permits;

/// <summary>An LAO sets up its own permit types: every field, lists typed one item per line, codes fixed, stale forms refused.</summary>
public abstract partial class StaffTypesTests(LocalGovHost host)
{
    private static List<KeyValuePair<string, string>> NewType(string code, string documents) =>
    [
        new("Input.Code", code), new("Input.Kind", nameof(PermitKind.Other)),
        new("Input.NameTh", "ใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ"), new("Input.NameEn", "Street vending permit"),
        new("Input.CertificateNameTh", "ใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ"), new("Input.CertificateNameEn", "Street vending permit"),
        new("Input.LawTh", "พ.ร.บ.การสาธารณสุข พ.ศ. 2535 มาตรา 41"), new("Input.LawEn", "Public Health Act B.E. 2535, section 41"),
        new("Input.AppealTh", "อุทธรณ์ต่อรัฐมนตรีภายใน 30 วัน"), new("Input.AppealEn", "Appeal to the Minister within 30 days."),
        new("Input.DecisionDays", "15"), new("Input.ValidityMonths", "12"), new("Input.InspectionRequired", "true"), new("Input.InspectionRequired", "false"),
        new("Input.AreaRequired", "false"), new("Input.FeeMode", nameof(FeeMode.ByCategory)),
        new("Input.FeeCategories", "cart | รถเข็น | Cart | 100\nstall | แผงลอย | Stall | 150.50"),
        new("Input.Documents", documents),
        new("Input.Fields", "goods | สินค้าที่จำหน่าย | Goods sold | text | required\nhours | ช่วงเวลา | Hours | choice | optional | เช้า; เย็น"),
        new("Input.Checklist", "ไม่กีดขวางทางเท้า / Footpath kept clear\nมีถังขยะ / Bin provided"),
        new("Input.Active", "true"), new("Input.Active", "false"),
    ];

    [Fact]
    public async Task AnAdmin_AddsAType_WithItsLists()
    {
        var world = await StaffWorld.CreateAsync(host);
        var edit = world.Path("/staff/permits/types/edit");
        var response = await world.SupervisorClient.SubmitAsync(edit, NewType("street-vending", "id-copy | สำเนาบัตรประชาชน | ID card copy | required\nphoto | รูปถ่ายแผง | Photo of the stall | optional"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var type = await world.InScopeAsync((_, db) => db.Set<PermitType>().AsNoTracking().SingleAsync(t => t.Code == "street-vending"));
        Assert.Equal((PermitKind.Other, 15, 12, true, true), (type.Kind, type.DecisionDays, type.ValidityMonths, type.InspectionRequired, type.Active));
        Assert.Equal([new RequiredDocument("id-copy", "สำเนาบัตรประชาชน", "ID card copy", true), new RequiredDocument("photo", "รูปถ่ายแผง", "Photo of the stall", false)], type.Documents);
        Assert.Equal([new FeeCategory("cart", "รถเข็น", "Cart", 100m), new FeeCategory("stall", "แผงลอย", "Stall", 150.50m)], type.FeeCategories);
        Assert.Equal(ExtraFieldKind.Choice, type.Fields[1].Kind);
        Assert.Equal(["เช้า", "เย็น"], type.Fields[1].Choices!);
        Assert.Equal(2, type.Checklist.Count);
        Assert.Contains("street-vending", await world.SupervisorClient.GetPageAsync(world.Path("/staff/permits/types")), StringComparison.Ordinal);

        var again = await world.SupervisorClient.SubmitAsync(edit, NewType("street-vending", "id-copy | สำเนา | Copy | required"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("มีประเภทรหัส street-vending อยู่แล้ว", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.OfficerClient.Http.GetAsync(world.Path("/staff/permits/types"))).StatusCode);
    }

    [Fact]
    public async Task ABadListLine_IsReportedWithItsLineNumber_AndNothingIsSaved()
    {
        var world = await StaffWorld.CreateAsync(host);
        var response = await world.SupervisorClient.SubmitAsync(world.Path("/staff/permits/types/edit"),
            NewType("market-stall", "id-copy | สำเนาบัตรประชาชน | ID card copy | required\n\nPhoto Of Stall | รูป"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("เอกสาร บรรทัดที่ 3: ต้องมี 3 หรือ 4 ส่วน", page, StringComparison.Ordinal);
        Assert.Contains("value=\"ใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ\"", page, StringComparison.Ordinal); // the form is kept
        Assert.False(await world.InScopeAsync((_, db) => db.Set<PermitType>().AnyAsync(t => t.Code == "market-stall")));
    }

    [Fact]
    public async Task AStaleTypeForm_IsAConflict_AndTheCodeStays()
    {
        var world = await StaffWorld.CreateAsync(host);
        var edit = world.Path("/staff/permits/types/edit?code=" + DefaultPermitTypes.FoodNotice);
        var page = await world.SupervisorClient.GetPageAsync(edit);
        var stale = Field(page, "Input.Stamp");
        Assert.Contains("site-map | แผนที่ตั้งสถานที่ประกอบกิจการ | Map of where the premises are | optional", page, StringComparison.Ordinal);
        var fields = FormFields(page).Where(f => f.Key != "Input.DecisionDays").Append(new("Input.DecisionDays", "10")).Append(new("Input.Code", "hijack")).ToList();

        var first = await world.SupervisorClient.SubmitAsync(edit, fields);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await world.SupervisorClient.SubmitAsync(edit, fields.Where(f => f.Key != "Input.DecisionDays").Append(new("Input.DecisionDays", "20")));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var type = await world.InScopeAsync((_, db) => db.Set<PermitType>().AsNoTracking().SingleAsync(t => t.Code == DefaultPermitTypes.FoodNotice));
        Assert.Equal(10, type.DecisionDays);
        Assert.NotEqual(stale, type.ConcurrencyStamp);
        Assert.False(await world.InScopeAsync((_, db) => db.Set<PermitType>().AnyAsync(t => t.Code == "hijack")));
        Assert.Equal(2, type.Documents.Count); // the lists came back unchanged through their text form
    }

    private static string Field(string page, string name) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    /// <summary>The edit form's fields as a browser would post them (inputs, checked boxes, selected options, textareas).</summary>
    private static List<KeyValuePair<string, string>> FormFields(string page)
    {
        var form = page[page.IndexOf("data-type-form", StringComparison.Ordinal)..];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match m in InputPattern().Matches(form))
        {
            var tag = m.Value;
            var name = Regex.Match(tag, "name=\"([^\"]+)\"").Groups[1].Value;
            var value = System.Net.WebUtility.HtmlDecode(Regex.Match(tag, "value=\"([^\"]*)\"").Groups[1].Value);
            if (tag.Contains("type=\"checkbox\"", StringComparison.Ordinal) && !tag.Contains("checked", StringComparison.Ordinal))
            {
                continue;
            }
            fields.Add(new(name, value));
        }
        foreach (Match m in TextareaPattern().Matches(form))
        {
            fields.Add(new(m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)));
        }
        foreach (Match m in SelectPattern().Matches(form))
        {
            var selected = Regex.Match(m.Groups[2].Value, "<option value=\"([^\"]*)\" selected").Groups[1].Value;
            fields.Add(new(m.Groups[1].Value, selected));
        }
        return fields;
    }

    [GeneratedRegex("<input [^>]*name=\"Input\\.[^\"]+\"[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea [^>]*name=\"(Input\\.[^\"]+)\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextareaPattern();

    [GeneratedRegex("<select [^>]*name=\"(Input\\.[^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStaffTypesTests(SqliteHost host) : StaffTypesTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStaffTypesTests(PostgresHost host) : StaffTypesTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlStaffTypesTests(MySqlHost host) : StaffTypesTests(host);
