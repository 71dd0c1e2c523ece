using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Complaints;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Permits;
using LocalGov.Identity.Contracts;
using LocalGov.Permits.Applying;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.Web;

/// <summary>
/// Files survive a refused submission: what passed its checks is kept on the server and named on the page, and the
/// next submission uses it without the file being attached again; a token works once, only in its own LAO.
/// </summary>
public abstract partial class HeldUploadsTests(LocalGovHost host)
{
    private static List<string> Tokens(string page) => [.. HeldToken().Matches(page).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task AComplaintPhoto_IsKeptThroughTheDuplicateStep_AndFiledWithoutAttachingItAgain()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        await world.FileAsync("street-light", "เสาไฟหน้าโรงเรียนดับ", 18.7877, 98.9933);
        var email = People.NewEmail("held");
        await People.CreateAsync(host, email, UserKind.Resident, []);
        var resident = await People.SignInAsync(host, email);
        (string, string)[] form = [("Input.Category", "street-light"), ("Input.Description", "ไฟกิ่งอีกต้นดับด้วย"),
            ("Input.Latitude", "18.787900"), ("Input.Longitude", "98.993400"), ("Input.Address", "หน้าวัด")];

        var first = await resident.SubmitWithFilesAsync(world.Path("/complaints/new"), form, [("photos", "lamp.jpg", ComplaintFilingTests.Jpeg)]);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode); // the duplicate step
        var page = await first.Content.ReadAsStringAsync();
        Assert.Contains("data-held=\"lamp.jpg\"", page, StringComparison.Ordinal);
        var token = Assert.Single(Tokens(page));

        // a token is only good in its own LAO
        var other = await ComplaintWorld.CreateAsync(host);
        var elsewhere = await resident.SubmitWithFilesAsync(other.Path("/complaints/new"),
            [.. form, ("Input.DifferentFromNearby", "true"), ("__held", token)], []);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        var filedElsewhere = Assert.Single(await other.InScopeAsync((_, db) => db.Set<Complaint>().Where(c => c.Description == "ไฟกิ่งอีกต้นดับด้วย").ToListAsync()));
        Assert.Equal(0, await other.InScopeAsync((_, db) => db.Set<ComplaintPhoto>().CountAsync(p => p.ComplaintId == filedElsewhere.Id)));

        var second = await resident.SubmitWithFilesAsync(world.Path("/complaints/new"), [.. form, ("Input.DifferentFromNearby", "true"), ("__held", token)], []);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var filed = await world.InScopeAsync((_, db) => db.Set<Complaint>().SingleAsync(c => c.Description == "ไฟกิ่งอีกต้นดับด้วย"));
        var photo = await world.InScopeAsync((_, db) => db.Set<ComplaintPhoto>().SingleAsync(p => p.ComplaintId == filed.Id));
        Assert.Equal("image/jpeg", photo.ContentType);

        // used once: the same token on a later report brings nothing
        var third = await resident.SubmitWithFilesAsync(world.Path("/complaints/new"),
            [("Input.Category", "road"), ("Input.Description", "หลุมบ่อหน้าบ้าน"), ("Input.Address", "ซอย 3"), ("__held", token)], []);
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        var road = await world.InScopeAsync((_, db) => db.Set<Complaint>().SingleAsync(c => c.Description == "หลุมบ่อหน้าบ้าน"));
        Assert.Equal(0, await world.InScopeAsync((_, db) => db.Set<ComplaintPhoto>().CountAsync(p => p.ComplaintId == road.Id)));
    }

    [Fact]
    public async Task PermitDocuments_AreKeptWhenAFieldIsWrong_AndTheCorrectedFormIsFiledWithThem()
    {
        var world = await PublicWorld.CreateAsync(host);
        var refused = await world.ApplyAsync(world.ResidentClient, world.FoodNotice(f => f.Remove("answers[food]")), PublicWorld.FoodNoticeFiles);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-held=\"id-card.pdf\"", page, StringComparison.Ordinal);
        Assert.Contains("data-held=\"map.png\"", page, StringComparison.Ordinal);
        var tokens = Tokens(page);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(0, await world.ApplicationCountAsync());

        var filed = await world.ApplyAsync(world.ResidentClient, [.. world.FoodNotice(), .. tokens.Select(t => ("__held", t))], []);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var application = await world.InLaoAsync((_, db) => db.Set<PermitApplication>().AsNoTracking().SingleAsync());
        var documents = await world.InLaoAsync((_, db) => db.Set<ApplicationDocument>().AsNoTracking()
            .Where(d => d.ApplicationId == application.Id).OrderBy(d => d.DocumentCode).ToListAsync());
        Assert.Equal(["id-copy", "site-map"], documents.Select(d => d.DocumentCode));
        Assert.Equal(PublicWorld.Pdf, documents[0].Data);
    }

    [GeneratedRegex("name=\"__held\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex HeldToken();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteHeldUploadsTests(SqliteHost host) : HeldUploadsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresHeldUploadsTests(PostgresHost host) : HeldUploadsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlHeldUploadsTests(MySqlHost host) : HeldUploadsTests(host);
