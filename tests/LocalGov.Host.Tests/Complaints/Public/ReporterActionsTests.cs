using System.Net;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Complaints.Public;

/// <summary>
/// The reporter — by the key in their mail link, or by their account — reopens or rates on the tracking page;
/// anyone else is refused and nothing changes; another resident may follow an open complaint.
/// </summary>
public abstract class ReporterActionsTests(LocalGovHost host)
{
    private static string Track(ComplaintScenario lao, string code, string? key = null) =>
        $"{lao.Path}/complaints/track/{code}" + (key is null ? "" : $"?key={key}");

    [Fact]
    public async Task Reporter_ReopensByTheKeyInTheirMailLink()
    {
        var lao = await ComplaintScenario.StartAsync(host, "rko");
        var filed = await lao.FileAsync("drainage", "ท่ออุดตันหน้าบ้าน");
        var code = filed.Complaint.TrackingCode!;
        await lao.ResolveAsync(code);
        var client = lao.Anonymous();

        var page = await client.GetPageAsync(Track(lao, code, filed.AccessKey));
        var action = ComplaintScenario.FormAction(page, "reopen");
        Assert.NotNull(action);
        Assert.NotNull(ComplaintScenario.FormAction(page, "rate"));
        var response = await client.SubmitAsync(Track(lao, code, filed.AccessKey),
            [new("key", filed.AccessKey!), new("reason", "น้ำยังท่วมขังเหมือนเดิม")], action);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Track(lao, code)}?done=reopened&key={filed.AccessKey}", response.Headers.Location!.OriginalString);
        var after = await lao.LoadAsync(code);
        Assert.Equal(ComplaintStatus.Reopened, after.Status);
        var shown = await client.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.Contains("data-done=\"reopened\"", shown, StringComparison.Ordinal);
        // the resident's words may hold personal details: staff read them as an internal note, the page a fixed sentence
        Assert.DoesNotContain("น้ำยังท่วมขังเหมือนเดิม", shown, StringComparison.Ordinal);
        Assert.Contains("ผู้แจ้งแจ้งว่าปัญหายังไม่ได้รับการแก้ไข", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("The reporter says the problem is not solved", shown, StringComparison.Ordinal); // one language per reader
        Assert.Null(ComplaintScenario.FormAction(shown, "reopen")); // open again: nothing to reopen or rate
    }

    [Fact]
    public async Task Reporter_RatesByTheirAccount_AndTheComplaintCloses()
    {
        var lao = await ComplaintScenario.StartAsync(host, "rac");
        var email = People.NewEmail("rater");
        var resident = await People.CreateAsync(host, email, UserKind.Resident, []);
        var code = (await lao.FileAsync("tree", "กิ่งไม้หักขวางทาง", resident.Id)).Complaint.TrackingCode!;
        await lao.ResolveAsync(code, "ตัดกิ่งออกแล้ว");
        var client = await People.SignInAsync(host, email);

        var page = await client.GetPageAsync(Track(lao, code));
        var action = ComplaintScenario.FormAction(page, "rate");
        Assert.NotNull(action);
        var response = await client.SubmitAsync(Track(lao, code), [new("rating", "4"), new("comment", "เร็วดีมาก")], action);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await lao.LoadAsync(code);
        Assert.Equal(ComplaintStatus.Closed, after.Status);
        Assert.Equal(4, after.Rating);
        var shown = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("data-rating=\"4\"", shown, StringComparison.Ordinal);
        Assert.Contains("เร็วดีมาก", shown, StringComparison.Ordinal); // their own comment, to them
        Assert.DoesNotContain("เร็วดีมาก", await host.AnonymousClient().GetStringAsync(Track(lao, code)), StringComparison.Ordinal);

        // rated means closed: reopening now is refused with the rule's own words, as a conflict
        var late = await client.SubmitAsync(Track(lao, code), [new("reason", "กลับมาหักอีก")], action!.Replace("Rate", "Reopen", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("จึงเปิดเรื่องอีกครั้งไม่ได้", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Closed, (await lao.LoadAsync(code)).Status);
    }

    [Fact]
    public async Task Stranger_CannotReopenOrRate_AndNothingChanges()
    {
        var lao = await ComplaintScenario.StartAsync(host, "rst");
        var filed = await lao.FileAsync("road", "ถนนยุบตัว");
        var code = filed.Complaint.TrackingCode!;
        await lao.ResolveAsync(code);
        var strangerEmail = People.NewEmail("stranger");
        await People.CreateAsync(host, strangerEmail, UserKind.Resident, []);
        var before = await lao.LoadAsync(code);

        var anonymous = lao.Anonymous();
        var anonymousPage = await anonymous.GetPageAsync(Track(lao, code));
        Assert.Null(ComplaintScenario.FormAction(anonymousPage, "reopen"));
        Assert.Null(ComplaintScenario.FormAction(anonymousPage, "rate"));
        var reopen = await anonymous.SubmitAsync(Track(lao, code), [new("key", "not-the-key"), new("reason", "ขอเปิดใหม่")],
            $"{Track(lao, code)}?handler=Reopen");
        Assert.Equal(HttpStatusCode.Forbidden, reopen.StatusCode);
        Assert.Contains("เฉพาะผู้แจ้งเรื่องเท่านั้นที่ทำรายการนี้ได้", await reopen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stranger = await People.SignInAsync(host, strangerEmail);
        Assert.Null(ComplaintScenario.FormAction(await stranger.GetPageAsync(Track(lao, code)), "rate"));
        var rate = await stranger.SubmitAsync(Track(lao, code), [new("rating", "1")], $"{Track(lao, code)}?handler=Rate");
        Assert.Equal(HttpStatusCode.Forbidden, rate.StatusCode);
        Assert.Contains("เฉพาะผู้แจ้งเรื่องเท่านั้น", await rate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var after = await lao.LoadAsync(code);
        Assert.Equal(ComplaintStatus.Resolved, after.Status);
        Assert.Null(after.Rating);
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
    }

    [Fact]
    public async Task Resident_FollowsAnOpenComplaint_Once()
    {
        var lao = await ComplaintScenario.StartAsync(host, "rfo");
        var code = (await lao.FileAsync("stray-animal", "สุนัขจรจัดหลายตัว")).Complaint.TrackingCode!;
        var email = People.NewEmail("follower");
        var follower = await People.CreateAsync(host, email, UserKind.Resident, []);
        var client = await People.SignInAsync(host, email);

        var page = await client.GetPageAsync(Track(lao, code));
        var action = ComplaintScenario.FormAction(page, "follow");
        Assert.NotNull(action);
        var response = await client.SubmitAsync(Track(lao, code), [], action);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var shown = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("data-following", shown, StringComparison.Ordinal);
        Assert.Null(ComplaintScenario.FormAction(shown, "follow"));
        await client.SubmitAsync(Track(lao, code), [], action); // twice is still once

        await lao.InLaoAsync(async services =>
        {
            var followers = await services.GetRequiredService<LocalGovDbContext>().Set<ComplaintFollower>().Where(f => f.UserId == follower.Id).ToListAsync();
            Assert.Equal(email, Assert.Single(followers).Email);
        });
        Assert.Null(ComplaintScenario.FormAction(await lao.Anonymous().GetPageAsync(Track(lao, code)), "follow")); // signed-in residents only
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReporterActionsTests(SqliteHost host) : ReporterActionsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReporterActionsTests(PostgresHost host) : ReporterActionsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlReporterActionsTests(MySqlHost host) : ReporterActionsTests(host);
