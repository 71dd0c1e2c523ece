using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.Permits;

/// <summary>Staff type in an application for someone at the counter, with the online form's checks, and print the slip.</summary>
public abstract class StaffCounterTests(LocalGovHost host)
{
    private static List<(string, string)> Fields(string nationalId) =>
    [
        ("applicant_kind", "person"), ("applicant_name", "นายสมชาย ขายดี"), ("applicant_id", nationalId), ("email", ""), ("phone", "053-123456"),
        ("business_name", "ร้านส้มตำสมชาย"), ("premises_address", "5 ถนนนิมมานเหมินท์ เชียงใหม่"), ("area", "60"), ("answers[food]", "ส้มตำ ไก่ย่าง"),
        ("culture", "th"),
    ];

    [Fact]
    public async Task ACounterApplication_IsFiledWithoutAnEmail_AndItsSlipListsWhatWasNotAttached()
    {
        var world = await StaffWorld.CreateAsync(host);
        var form = world.Path("/staff/permits/new/" + DefaultPermitTypes.FoodNotice);
        Assert.Contains(DefaultPermitTypes.FoodNotice, await world.OfficerClient.GetPageAsync(world.Path("/staff/permits/new")), StringComparison.Ordinal);

        var response = await world.OfficerClient.SubmitWithFilesAsync(form, Fields(StaffWorld.NewNationalId()), [("documents[site-map]", "map.png", Png)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receipt = response.Headers.Location!.OriginalString;
        Assert.EndsWith("/receipt", receipt, StringComparison.Ordinal);

        var saved = await world.InScopeAsync((_, db) => db.Set<PermitApplication>().AsNoTracking().SingleAsync());
        Assert.Equal(ApplicationChannel.Counter, saved.Channel);
        Assert.Null(saved.ApplicantUserId);
        Assert.Null(saved.ApplicantEmail);
        Assert.False(string.IsNullOrWhiteSpace(saved.ReceivedBy)); // the signed-in officer (test sign-ins carry no display name)
        Assert.NotNull(saved.DueOn);
        var document = await world.InScopeAsync((_, db) => db.Set<ApplicationDocument>().AsNoTracking().SingleAsync(d => d.ApplicationId == saved.Id));
        Assert.Equal(("site-map", "image/png"), (document.DocumentCode, document.ContentType));

        var slip = await world.OfficerClient.GetPageAsync(receipt);
        Assert.Contains($"data-number>{saved.Number}<", slip, StringComparison.Ordinal);
        Assert.Contains("data-not-attached", slip, StringComparison.Ordinal); // the required ID copy came on paper, or not at all
        Assert.Contains("สำเนาบัตรประจำตัวประชาชน", slip, StringComparison.Ordinal);
        Assert.Contains("map.png", slip, StringComparison.Ordinal);
        Assert.Contains("/js/print.js", slip, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadCounterApplication_IsShownAgainWithItsErrors_AndNothingIsSaved()
    {
        var world = await StaffWorld.CreateAsync(host);
        var form = world.Path("/staff/permits/new/" + DefaultPermitTypes.FoodNotice);
        var fields = Fields("1234567890123"); // wrong check digit
        fields.RemoveAll(f => f.Item1 == "area");
        fields.Add(("area", "450")); // a notification is for 200 m² or less

        var response = await world.OfficerClient.SubmitWithFilesAsync(form, fields, [("documents[id-copy]", "id.png", "not an image"u8.ToArray())]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("เลขประจำตัวประชาชนไม่ถูกต้อง", page, StringComparison.Ordinal);
        Assert.Contains("ไม่เกิน 200 ตารางเมตร", page, StringComparison.Ordinal);
        Assert.Contains("ไม่ใช่ PDF, JPEG หรือ PNG", page, StringComparison.Ordinal);
        Assert.Contains("value=\"ร้านส้มตำสมชาย\"", page, StringComparison.Ordinal); // what was typed is kept
        Assert.Equal(0, await world.InScopeAsync((_, db) => db.Set<PermitApplication>().CountAsync()));
    }

    private static readonly byte[] Png = TestImages.Png;
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStaffCounterTests(SqliteHost host) : StaffCounterTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStaffCounterTests(PostgresHost host) : StaffCounterTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlStaffCounterTests(MySqlHost host) : StaffCounterTests(host);
