using System.Net;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Complaints.Public;

/// <summary>Anyone with a tracking code sees progress; nobody sees who reported it, who works it, or what staff noted.</summary>
public abstract class TrackingPageTests(LocalGovHost host)
{
    private static readonly PhotoFile Jpeg = new("pothole.jpg", "image/jpeg", TestImages.Jpeg);

    [Fact]
    public async Task TrackingPage_ShowsThePublicTimelineAndNotes_ButNoInternalNoteReporterOrStaffName()
    {
        var lao = await ComplaintScenario.StartAsync(host, "trk");
        var filed = await lao.FileAsync("road", "หลุมลึกหน้าตลาดสด ทดสอบติดตาม", photos: [Jpeg, Jpeg]);
        var code = filed.Complaint.TrackingCode!;
        await lao.AssignAsync(code);
        await lao.StartWorkAsync(code, "ทีมช่างลงพื้นที่สำรวจแล้ว");
        await lao.NoteAsync(code);
        Guid hidden = default;
        await lao.InLaoAsync(async services =>
        {
            var db = services.GetRequiredService<LocalGov.Platform.Data.LocalGovDbContext>();
            hidden = (await db.Set<ComplaintPhoto>().Where(p => p.ComplaintId == filed.Complaint.Id).OrderBy(p => p.Sequence).ToListAsync()).Last().Id;
        });
        await lao.ActAsync(a => a.SetPhotoHiddenAsync(code, hidden, true, default));

        var response = await host.AnonymousClient().GetAsync($"{lao.Path}/complaints/track/{code}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("หลุมลึกหน้าตลาดสด ทดสอบติดตาม", page, StringComparison.Ordinal);
        Assert.Contains("ซอย 5 ถนนทดสอบ", page, StringComparison.Ordinal);
        Assert.Contains("data-status=\"InProgress\"", page, StringComparison.Ordinal);
        Assert.Contains("ทีมช่างลงพื้นที่สำรวจแล้ว", page, StringComparison.Ordinal); // the public note
        Assert.Contains("data-step=\"Assigned\"", page, StringComparison.Ordinal);
        Assert.Contains("กองช่าง", page, StringComparison.Ordinal); // the department stands in for the officer
        Assert.DoesNotContain("data-step=\"Note\"", page, StringComparison.Ordinal);
        Assert.Contains("data-pin=\"18.7883,98.9853\"", page, StringComparison.Ordinal);
        Assert.Contains($"/complaints/photos/", page, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden.ToString(), page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-form=", page, StringComparison.Ordinal); // no reporter or follow forms for an anonymous reader
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal); // the content security policy refuses inline styles
        lao.AssertNoSecrets(page, "the tracking page");
    }

    [Fact]
    public async Task LookUp_ByATypedCode_RedirectsToItsPage_AndAnUnknownCodeIs404()
    {
        var lao = await ComplaintScenario.StartAsync(host, "trl");
        var code = (await lao.FileAsync("garbage", "ขยะไม่เก็บสามวัน")).Complaint.TrackingCode!;
        var client = host.AnonymousClient();

        var lookUp = await client.GetAsync($"{lao.Path}/complaints/track?code={code.ToLowerInvariant()}%20");
        Assert.Equal(HttpStatusCode.Redirect, lookUp.StatusCode);
        Assert.Equal($"{lao.Path}/complaints/track/{code}", lookUp.Headers.Location!.OriginalString);

        var form = await client.GetAsync($"{lao.Path}/complaints/track");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var unknown = await client.GetAsync($"{lao.Path}/complaints/track/CMP-2500-999999");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("data-not-found", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfidentialComplaint_Is404ToStrangers_AndShowsItsReporterOnlyStatusAndDates()
    {
        var lao = await ComplaintScenario.StartAsync(host, "trc");
        var filed = await lao.FileAsync("corruption", "เจ้าหน้าที่เรียกรับเงินใต้โต๊ะ ทดสอบลับ");
        var code = filed.Complaint.TrackingCode!;
        Assert.True(filed.Complaint.Confidential);
        await lao.AssignAsync(code);

        Assert.Equal(HttpStatusCode.NotFound, (await host.AnonymousClient().GetAsync($"{lao.Path}/complaints/track/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.AnonymousClient().GetAsync($"{lao.Path}/complaints/track/{code}?key=0123abcd")).StatusCode);
        var strangerEmail = People.NewEmail("stranger");
        await People.CreateAsync(host, strangerEmail, UserKind.Resident, []);
        var stranger = await People.SignInAsync(host, strangerEmail);
        var strangerView = await stranger.Http.GetAsync($"{lao.Path}/complaints/track/{code}");
        Assert.Equal(HttpStatusCode.NotFound, strangerView.StatusCode);
        Assert.DoesNotContain("ทดสอบลับ", await strangerView.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reporter = await host.AnonymousClient().GetAsync($"{lao.Path}/complaints/track/{code}?key={filed.AccessKey}");
        var page = await reporter.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, reporter.StatusCode);
        Assert.Contains("data-status=\"Assigned\"", page, StringComparison.Ordinal);
        Assert.Contains("data-step=\"Assigned\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ทดสอบลับ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ซอย 5 ถนนทดสอบ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pin", page, StringComparison.Ordinal);
        Assert.DoesNotContain("กองช่าง", page, StringComparison.Ordinal);
        lao.AssertNoSecrets(page, "the confidential tracking page");
    }

    [Fact]
    public async Task UnconfirmedComplaint_IsNotListed()
    {
        var lao = await ComplaintScenario.StartAsync(host, "tru");
        FilingResult pending = null!;
        await lao.InLaoAsync(async services => pending = await services.GetRequiredService<ComplaintFiling>().FileAsync(
            new FilingRequest("road", "รอยืนยันอีเมล", 18.7, 98.9, null, ComplaintChannel.Web, new Reporter(Email: lao.ReporterEmail)) { ConfirmByEmail = true }));
        Assert.Null(pending.Complaint.TrackingCode);
        var list = await host.AnonymousClient().GetStringAsync($"{lao.Path}/complaints");
        Assert.DoesNotContain("รอยืนยันอีเมล", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransferredComplaint_LinksToTheReceivingLaosTrackingPage()
    {
        var from = await ComplaintScenario.StartAsync(host, "trf");
        var to = await ComplaintScenario.StartAsync(host, "trt", "เทศบาลปลายทาง", "Receiving Town");
        var filed = await from.FileAsync("street-light", "ไฟดับทั้งซอย ทดสอบส่งต่อ");
        var code = filed.Complaint.TrackingCode!;
        await from.ActAsync(a => a.TransferAsync(code, null, to.Lao.Code, "อยู่นอกเขต", from.OfficerName, default));
        var moved = (await from.LoadAsync(code)).TransferredToCode!;

        var page = await host.AnonymousClient().GetStringAsync($"{from.Path}/complaints/track/{code}?key={filed.AccessKey}");
        Assert.Contains("data-status=\"Transferred\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"http://{to.Lao.Code}.{LocalGovHost.BaseDomain}/complaints/track/{moved}?key={filed.AccessKey}\"", page, StringComparison.Ordinal);
        from.AssertNoSecrets(page, "the transferred complaint's page");

        var there = await host.AnonymousClient().GetStringAsync($"{to.Path}/complaints/track/{moved}");
        Assert.Contains("ไฟดับทั้งซอย ทดสอบส่งต่อ", there, StringComparison.Ordinal);
        Assert.Contains("data-step=\"Received\"", there, StringComparison.Ordinal);
        Assert.DoesNotContain("อยู่นอกเขต", there, StringComparison.Ordinal); // the transfer reason is an internal note
        to.AssertNoSecrets(there, "the receiving LAO's tracking page");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTrackingPageTests(SqliteHost host) : TrackingPageTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTrackingPageTests(PostgresHost host) : TrackingPageTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlTrackingPageTests(MySqlHost host) : TrackingPageTests(host);
