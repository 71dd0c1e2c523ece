using System.Net;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Complaints;
using LocalGov.Host.Tests.Complaints.Open311;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Permits;
using LocalGov.Permits.Applying;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Web;

/// <summary>
/// Issue 20, item 9: a form sent twice (a double click, a retry, two at once) makes one record and both sendings get
/// the first one's answer; the same holds for an Open311 client repeating a POST with an Idempotency-Key. These fail
/// when the platform's idempotency middleware is taken out of the pipeline.
/// </summary>
public abstract class IdempotencyTests(LocalGovHost host)
{
    private static (string, string)[] Complaint(string email) =>
        [("Input.Category", "road"), ("Input.Description", "หลุมลึกกลางถนน กดส่งสองครั้ง"), ("Input.Latitude", "18.787700"),
         ("Input.Longitude", "98.993300"), ("Input.Address", "หน้าวัด ถนนท่าแพ"), ("Input.Email", email), ("Input.Name", "คุณกดซ้ำ")];

    private async Task<int> MailsToAsync(string to)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<OutboxEmail>().CountAsync(m => m.To == to);
    }

    [Fact]
    public async Task AnonymousComplaint_SentTwice_IsOneComplaintAndOneMail_BothAnsweredWithTheSameRedirect()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var email = People.NewEmail("doubleclick");
        var form = await new FormClient(host.AnonymousClient()).OpenAsync(world.Path("/complaints/new"));
        Assert.NotNull(form.IdempotencyKey); // the shared form markup added it

        var first = await form.PostWithFilesAsync(Complaint(email), []);
        var second = await form.PostWithFilesAsync(Complaint(email), []);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await world.InScopeAsync((_, db) => db.Set<Complaint>().CountAsync()));
        Assert.Equal(1, await MailsToAsync(email));

        // the same form with other details is refused, not silently answered with the first complaint
        var edited = await form.PostWithFilesAsync([.. Complaint(email).Where(f => f.Item1 != "Input.Description"), ("Input.Description", "อีกเรื่องหนึ่ง")], []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, edited.StatusCode);
        Assert.Contains("แบบฟอร์มนี้ถูกส่งไปแล้ว", await edited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // a fresh form is a new complaint
        Assert.Equal(HttpStatusCode.Redirect, (await new FormClient(host.AnonymousClient()).SubmitWithFilesAsync(world.Path("/complaints/new"), Complaint(email), [])).StatusCode);
        Assert.Equal(2, await world.InScopeAsync((_, db) => db.Set<Complaint>().CountAsync()));
    }

    [Fact]
    public async Task StaffIntake_SentFourTimesAtOnce_IsOneComplaint()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var form = await world.OfficerClient.OpenAsync(world.Path("/staff/complaints/new"));
        (string, string)[] fields = [("Channel", "WalkIn"), ("Input.Category", "tree"), ("Input.Description", "กิ่งไม้หักขวางทาง"),
            ("Input.Address", "หน้าตลาดสด"), ("Input.Name", "ลุงมา"), ("Input.Phone", "053-123-456")];

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => form.PostWithFilesAsync(fields, [])));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers.Select(a => a.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await world.InScopeAsync((_, db) => db.Set<Complaint>().CountAsync()));
    }

    [Fact]
    public async Task PermitApplication_SentTwice_IsOneApplication()
    {
        var world = await PublicWorld.CreateAsync(host);
        var form = await world.ResidentClient.OpenAsync(world.Path("/permits/food-notice/apply"));

        var first = await form.PostWithFilesAsync(world.FoodNotice(), PublicWorld.FoodNoticeFiles);
        var second = await form.PostWithFilesAsync(world.FoodNotice(), PublicWorld.FoodNoticeFiles);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await world.InLaoAsync((_, db) => db.Set<PermitApplication>().CountAsync()));
    }

    [Fact]
    public async Task Open311Post_RepeatedWithTheSameIdempotencyKey_AnswersTheSameJson_AndFilesOnce()
    {
        var lao = await Open311Lao.GetAsync(host, "idem311");
        var client = host.AnonymousClient();
        var key = Guid.NewGuid().ToString();
        var description = "ไฟดับ " + key;
        async Task<Open311Response> PostAsync(string? idempotencyKey)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{lao.Root}/requests.json")
            {
                Content = new FormUrlEncodedContent([new("api_key", lao.Key), new("service_code", "road"), new("lat", "18.7883"),
                    new("long", "98.9853"), new("description", description)]),
            };
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }
            return await client.SendAsync(request).ReadAsync();
        }
        Task<int> CountAsync() => lao.InScopeAsync(s => s.GetRequiredService<LocalGovDbContext>().Set<Complaint>().CountAsync(c => c.Description == description));

        var answers = await Task.WhenAll(PostAsync(key), PostAsync(key));
        var third = await PostAsync(key);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(answers[0].Body, answers[1].Body);
        Assert.Equal(answers[0].Body, third.Body);
        Assert.Equal("application/json; charset=utf-8", third.ContentType);
        Assert.Equal(1, await CountAsync());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(null)).Status); // without a key every POST files
        Assert.Equal(2, await CountAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIdempotencyTests(SqliteHost host) : IdempotencyTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIdempotencyTests(PostgresHost host) : IdempotencyTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlIdempotencyTests(MySqlHost host) : IdempotencyTests(host);
