using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;

namespace LocalGov.Host.Tests.Complaints.Public;

/// <summary>"My complaints" gathers a resident's own complaints from every LAO, and nobody else's.</summary>
public abstract class MyComplaintsTests(LocalGovHost host)
{
    [Fact]
    public async Task MyComplaints_ShowsOwnComplaintsFromTwoLaos_AndNoOneElses()
    {
        var first = await ComplaintScenario.StartAsync(host, "mya", "เทศบาลแรกของฉัน", "My First Town");
        var second = await ComplaintScenario.StartAsync(host, "myb", "อบต.ที่สองของฉัน", "My Second SAO");
        var email = People.NewEmail("mine");
        var me = await People.CreateAsync(host, email, UserKind.Resident, []);
        var otherEmail = People.NewEmail("someone-else");
        var someoneElse = await People.CreateAsync(host, otherEmail, UserKind.Resident, []);

        var theirs = (await first.FileAsync("road", "ของคนอื่น", someoneElse.Id)).Complaint.TrackingCode!;
        var mineFirst = (await first.FileAsync("road", "ของฉันที่แรก", me.Id)).Complaint.TrackingCode!;
        var mineSecret = (await first.FileAsync("corruption", "ของฉันเรื่องลับ", me.Id)).Complaint.TrackingCode!;
        var mineSecond = (await second.FileAsync("garbage", "ของฉันที่สอง", me.Id)).Complaint.TrackingCode!;
        await second.ResolveAsync(mineSecond);

        var client = await People.SignInAsync(host, email);
        var response = await client.Http.GetAsync("/my/complaints");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string Link(ComplaintScenario lao, string code) => $"href=\"http://{lao.Lao.Code}.{LocalGovHost.BaseDomain}/complaints/track/{code}\"";
        Assert.Contains(Link(first, mineFirst), page, StringComparison.Ordinal);
        Assert.Contains(Link(first, mineSecret), page, StringComparison.Ordinal); // their own confidential complaint, to them
        Assert.Contains(Link(second, mineSecond), page, StringComparison.Ordinal);
        Assert.DoesNotContain(Link(first, theirs), page, StringComparison.Ordinal);
        Assert.Contains("เทศบาลแรกของฉัน", page, StringComparison.Ordinal);
        Assert.Contains("อบต.ที่สองของฉัน", page, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Resolved\"", page, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(page, "data-my-complaint=").Count);

        var theirPage = await (await People.SignInAsync(host, otherEmail)).GetPageAsync("/my/complaints");
        Assert.Contains(Link(first, theirs), theirPage, StringComparison.Ordinal);
        Assert.DoesNotContain(Link(second, mineSecond), theirPage, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(theirPage, "data-my-complaint="));

        var anonymous = await new FormClient(host.AnonymousClient()).Http.GetAsync("/my/complaints");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMyComplaintsTests(SqliteHost host) : MyComplaintsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMyComplaintsTests(PostgresHost host) : MyComplaintsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlMyComplaintsTests(MySqlHost host) : MyComplaintsTests(host);
