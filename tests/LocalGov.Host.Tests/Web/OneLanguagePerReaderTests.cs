using System.Net;
using LocalGov.Host.Tests.Complaints;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Web;

/// <summary>
/// A reader sees their own language only: what the system writes into timelines and bill lines is kept in both
/// languages and shown in the reader's, never as "ไทย / English" in one string, and the stored separator never
/// reaches a page.
/// </summary>
public abstract class OneLanguagePerReaderTests(LocalGovHost host)
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US";

    private static void English(HttpClient client) => client.DefaultRequestHeaders.Add("Cookie", EnglishCookie);

    [Fact]
    public async Task ATimelineNoteTheSystemWrote_IsShownInTheReadersLanguageOnly()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var complaint = await world.FileAsync(); // by phone: the first step says which channel it came through
        var track = world.Path($"/complaints/track/{complaint.TrackingCode}");

        var thai = await host.AnonymousClient().GetStringAsync(track);
        Assert.Contains("ผ่านโทรศัพท์", thai, StringComparison.Ordinal);
        Assert.DoesNotContain("via Phone", thai, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalizedText.StoredSeparator.ToString(), thai, StringComparison.Ordinal);

        var englishClient = host.AnonymousClient();
        English(englishClient);
        var english = await englishClient.GetStringAsync(track);
        Assert.Contains("via Phone", english, StringComparison.Ordinal);
        Assert.DoesNotContain("ผ่านโทรศัพท์", english, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalizedText.StoredSeparator.ToString(), english, StringComparison.Ordinal);

        // the staff timeline too
        var staff = await world.SupervisorClient.GetPageAsync(world.Path($"/staff/complaints/{complaint.TrackingCode}"));
        Assert.Contains("ผ่านโทรศัพท์", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("via Phone", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABillLine_IsShownInTheReadersLanguageOnly_AndAThaiOnlyLineInThaiToBoth()
    {
        var email = People.NewEmail("lines");
        var resident = await People.CreateAsync(host, email, UserKind.Resident, []);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(host.Alpha);
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IBilling>().IssueAsync(new IssueBillRequest(
                new BillPayer("ผู้พักอาศัย", "L" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), UserId: resident.Id),
                new BillSource("Payments", "LANG-" + Guid.NewGuid().ToString("N")[..8]),
                [
                    new BillLineRequest("FEE", "ค่าเก็บและขนมูลฝอย ทดสอบภาษา", 75m) { DescriptionEn = "Waste collection language check" },
                    new BillLineRequest("OTHER", "ค่าธรรมเนียมไทยล้วน", 5m),
                ],
                DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime).AddDays(10)));
            await transaction.CommitAsync();
        }

        var thai = await (await People.SignInAsync(host, email)).GetPageAsync("/my/bills");
        Assert.Contains("ค่าเก็บและขนมูลฝอย ทดสอบภาษา", thai, StringComparison.Ordinal);
        Assert.DoesNotContain("Waste collection language check", thai, StringComparison.Ordinal);

        var englishClient = await People.SignInAsync(host, email);
        English(englishClient.Http);
        var english = await englishClient.GetPageAsync("/my/bills");
        Assert.Contains("Waste collection language check", english, StringComparison.Ordinal);
        Assert.DoesNotContain("ค่าเก็บและขนมูลฝอย ทดสอบภาษา", english, StringComparison.Ordinal);
        Assert.Contains("ค่าธรรมเนียมไทยล้วน", english, StringComparison.Ordinal); // a line issued in Thai only stays readable
    }

    [Fact]
    public async Task APageError_IsInTheReadersLanguageOnly()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var detail = world.Path($"/staff/complaints/{(await world.FileAsync()).TrackingCode}");
        var page = await world.SupervisorClient.GetPageAsync(detail);
        var stamp = System.Text.RegularExpressions.Regex.Match(page, "name=\"stamp\" value=\"([^\"]*)\"").Groups[1].Value;

        var refused = await world.SupervisorClient.SubmitAsync(detail, [new("stamp", stamp), new("note", "ซ่อมแล้ว")], detail + "?handler=Resolve");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var thai = await refused.Content.ReadAsStringAsync();
        Assert.Contains("จึงแจ้งว่าแก้ไขแล้วไม่ได้", thai, StringComparison.Ordinal);
        Assert.DoesNotContain("so it cannot be resolved", thai, StringComparison.Ordinal);

        var englishClient = world.SupervisorClient;
        English(englishClient.Http);
        var again = await englishClient.SubmitAsync(detail, [new("stamp", stamp), new("note", "fixed")], detail + "?handler=Resolve");
        var english = await again.Content.ReadAsStringAsync();
        Assert.Contains("so it cannot be resolved", english, StringComparison.Ordinal);
        Assert.DoesNotContain("จึงแจ้งว่าแก้ไขแล้วไม่ได้", english, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOneLanguagePerReaderTests(SqliteHost host) : OneLanguagePerReaderTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOneLanguagePerReaderTests(PostgresHost host) : OneLanguagePerReaderTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlOneLanguagePerReaderTests(MySqlHost host) : OneLanguagePerReaderTests(host);
