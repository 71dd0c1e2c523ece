using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Complaints;

/// <summary>The back office works a complaint through its pages: who may do what, and what is refused.</summary>
public abstract partial class ComplaintWorkflowTests(LocalGovHost host)
{
    private static string Stamp(string page) => StampPattern().Match(page).Groups[1].Value;

    [Fact]
    public async Task SupervisorAssigns_OfficerStartsAndResolvesWithAnAfterPhoto_AndTheReporterHearsOfIt()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var reporter = People.NewEmail("reporter");
        var complaint = await world.FileAsync(reporter: new Reporter(null, "นายผู้แจ้ง", reporter, null));
        var detail = world.Path($"/staff/complaints/{complaint.TrackingCode}");

        var page = await world.SupervisorClient.GetPageAsync(detail);
        Assert.Contains(world.Officer.DisplayName, page, StringComparison.Ordinal); // the officer list comes from the LAO's staff
        var assign = await world.SupervisorClient.SubmitAsync(detail, [new("stamp", Stamp(page)), new("department", "กองช่าง"), new("officer", world.Officer.Id.ToString())],
            detail + "?handler=Assign");
        Assert.Equal(HttpStatusCode.Redirect, assign.StatusCode);

        var officer = world.OfficerClient;
        var mine = await officer.GetPageAsync(world.Path("/staff/complaints?view=mine"));
        Assert.Contains(complaint.TrackingCode!, mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(detail, [new("stamp", Stamp(await officer.GetPageAsync(detail)))], detail + "?handler=Start")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(detail, [new("note", "ภายใน: ต้องสั่งหลอดใหม่")], detail + "?handler=Note")).StatusCode);
        var resolved = await officer.SubmitWithFilesAsync(detail, [("stamp", Stamp(await officer.GetPageAsync(detail))), ("note", "เปลี่ยนหลอดไฟแล้ว")],
            [("photo", "after.jpg", ComplaintFilingTests.Jpeg)], detail + "?handler=Resolve");
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);

        var saved = await world.ReloadAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Resolved, saved.Status);
        Assert.Equal("เปลี่ยนหลอดไฟแล้ว", saved.StatusNotes);
        var steps = await world.TimelineAsync(complaint.Id);
        Assert.Equal([ComplaintEventKind.Filed, ComplaintEventKind.Assigned, ComplaintEventKind.Started, ComplaintEventKind.Note, ComplaintEventKind.Resolved],
            steps.Select(s => s.Kind));
        Assert.All(steps.Skip(1), s => Assert.NotNull(s.Actor));
        Assert.Equal(1, await world.InScopeAsync((_, db) => db.Set<ComplaintPhoto>().CountAsync(p => p.ComplaintId == complaint.Id && p.Kind == PhotoKind.After)));

        var (mail, link) = await People.LastMailAsync(host, reporter);
        Assert.Contains(complaint.TrackingCode!, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("เปลี่ยนหลอดไฟแล้ว", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("ต้องสั่งหลอดใหม่", mail.TextBody, StringComparison.Ordinal); // internal notes stay inside
        Assert.Contains("?key=", link, StringComparison.Ordinal); // no account: the link lets them reopen or rate

        var staffPage = await officer.GetPageAsync(detail);
        Assert.Contains("ต้องสั่งหลอดใหม่", staffPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIllegalStep_IsRefusedWithAClearMessage_AndChangesNothing()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var complaint = await world.FileAsync();
        var detail = world.Path($"/staff/complaints/{complaint.TrackingCode}");
        var page = await world.SupervisorClient.GetPageAsync(detail);

        var response = await world.SupervisorClient.SubmitAsync(detail, [new("stamp", Stamp(page)), new("note", "ซ่อมแล้ว")], detail + "?handler=Resolve");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("จึงแจ้งว่าแก้ไขแล้วไม่ได้", body, StringComparison.Ordinal);
        Assert.Contains("จึงแจ้งว่าแก้ไขแล้วไม่ได้", body, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Filed, (await world.ReloadAsync(complaint.Id)).Status);

        var rejected = await world.SupervisorClient.SubmitAsync(detail, [new("stamp", Stamp(page)), new("reason", "ซ้ำกับเรื่องก่อนหน้า")], detail + "?handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var again = await world.SupervisorClient.SubmitAsync(detail, [new("reason", "อีกครั้ง")], detail + "?handler=Reject");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("จึงปฏิเสธไม่ได้", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleForm_IsAConflict_NotALostUpdate()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var complaint = await world.FileAsync();
        var detail = world.Path($"/staff/complaints/{complaint.TrackingCode}");
        var stale = Stamp(await world.SupervisorClient.GetPageAsync(detail));
        await world.SupervisorClient.SubmitAsync(detail, [new("stamp", stale), new("department", "กองช่าง"), new("officer", world.Officer.Id.ToString())], detail + "?handler=Assign");

        var second = await world.SupervisorClient.SubmitAsync(detail, [new("stamp", stale), new("department", "กองคลัง"), new("officer", world.Officer.Id.ToString())], detail + "?handler=Assign");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("กองช่าง", (await world.ReloadAsync(complaint.Id)).Department);
    }

    [Fact]
    public async Task AnOfficer_MayNotRejectOrTransfer_NorResolveSomeoneElsesComplaint()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var complaint = await world.FileAsync();
        var detail = world.Path($"/staff/complaints/{complaint.TrackingCode}");
        var officer = world.OfficerClient;

        var reject = await officer.SubmitAsync(detail, [new("reason", "ไม่ใช่หน้าที่")], detail + "?handler=Reject");
        Assert.Equal(HttpStatusCode.Forbidden, reject.StatusCode);
        Assert.Contains("เฉพาะผู้รับผิดชอบหรือหัวหน้าเท่านั้น", await reject.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var other = await People.CreateAsync(host, People.NewEmail("other"), LocalGov.Identity.Contracts.UserKind.Staff, [RoleTemplates.ComplaintsOfficer], world.Tenant.Id);
        var page = await world.SupervisorClient.GetPageAsync(detail);
        await world.SupervisorClient.SubmitAsync(detail, [new("stamp", Stamp(page)), new("department", "กองช่าง"), new("officer", other.Id.ToString())], detail + "?handler=Assign");
        var resolve = await officer.SubmitAsync(detail, [new("note", "เสร็จแล้ว")], detail + "?handler=Resolve");
        Assert.Equal(HttpStatusCode.Forbidden, resolve.StatusCode);
        Assert.Equal(ComplaintStatus.Assigned, (await world.ReloadAsync(complaint.Id)).Status);
    }

    [Fact]
    public async Task AnOfficer_TakesAnUnassignedComplaint_ButNotOneSomebodyHas()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var complaint = await world.FileAsync();
        var detail = world.Path($"/staff/complaints/{complaint.TrackingCode}");
        var page = await world.OfficerClient.GetPageAsync(detail);
        Assert.Contains("data-action=\"take\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await world.OfficerClient.SubmitAsync(detail, [new("stamp", Stamp(page))], detail + "?handler=Take")).StatusCode);
        var taken = await world.ReloadAsync(complaint.Id);
        Assert.Equal((ComplaintStatus.Assigned, world.Officer.Id), (taken.Status, taken.OfficerId));

        var other = await People.CreateAsync(host, People.NewEmail("late"), LocalGov.Identity.Contracts.UserKind.Staff, [RoleTemplates.ComplaintsOfficer], world.Tenant.Id);
        var late = world.As(other, RoleTemplates.ComplaintsOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await late.SubmitAsync(detail, [], detail + "?handler=Take")).StatusCode);
        Assert.Equal(world.Officer.Id, (await world.ReloadAsync(complaint.Id)).OfficerId);
    }

    [Fact]
    public async Task ConfidentialComplaints_AreHiddenFromOfficersWithoutThePermission()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var secret = await world.FileAsync("corruption", "เจ้าหน้าที่เรียกรับเงินใต้โต๊ะ");
        Assert.True(secret.Confidential);

        var officerInbox = await world.OfficerClient.GetPageAsync(world.Path("/staff/complaints?view=all"));
        Assert.DoesNotContain(secret.TrackingCode!, officerInbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await world.OfficerClient.Http.GetAsync(world.Path($"/staff/complaints/{secret.TrackingCode}"))).StatusCode);
        Assert.Contains(secret.TrackingCode!, await world.SupervisorClient.GetPageAsync(world.Path("/staff/complaints?view=all")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transfer_GivesTheOtherLaoTheWholeComplaint_UnderItsOwnCode()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var other = await ComplaintWorld.CreateAsync(host);
        var reporter = People.NewEmail("moved");
        Complaint complaint;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(world.Tenant);
            complaint = (await scope.ServiceProvider.GetRequiredService<ComplaintFiling>().FileAsync(
                new FilingRequest("drainage", "ท่อระบายน้ำอุดตันหน้าบ้าน", 18.79, 98.99, "บ้านเลขที่ 9 หมู่ 2", ComplaintChannel.Web,
                    new Reporter(null, "นางย้ายเรื่อง", reporter, "089-999-0000"))
                { Photos = [new PhotoFile("drain.jpg", "image/jpeg", ComplaintFilingTests.Jpeg)] })).Complaint;
        }
        var detail = world.Path($"/staff/complaints/{complaint.TrackingCode}");
        var page = await world.SupervisorClient.GetPageAsync(detail);
        Assert.Contains($"value=\"{other.Tenant.Code}\"", page, StringComparison.Ordinal);

        var response = await world.SupervisorClient.SubmitAsync(detail,
            [new("stamp", Stamp(page)), new("lao", other.Tenant.Code), new("reason", "อยู่ในเขตเทศบาลข้างเคียง")], detail + "?handler=Transfer");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var source = await world.ReloadAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Transferred, source.Status);
        var moved = await other.InScopeAsync((_, db) => db.Set<Complaint>().AsNoTracking().SingleAsync());
        Assert.Equal(source.TransferredToCode, moved.TrackingCode);
        Assert.Equal(ComplaintStatus.Filed, moved.Status);
        Assert.Equal(ComplaintChannel.Transfer, moved.Channel);
        Assert.Equal("ท่อระบายน้ำอุดตันหน้าบ้าน", moved.Description);
        Assert.Equal("นางย้ายเรื่อง", moved.ReporterName);
        Assert.Equal(complaint.TrackingCode, moved.TransferredFromCode);
        Assert.Equal(other.Tenant.Id, moved.TenantId);
        Assert.Equal(1, await other.InScopeAsync((_, db) => db.Set<ComplaintPhoto>().CountAsync(p => p.ComplaintId == moved.Id)));
        var steps = await other.TimelineAsync(moved.Id);
        Assert.Equal(ComplaintEventKind.Filed, steps[0].Kind); // the history came along
        Assert.Equal(ComplaintEventKind.Received, steps[^1].Kind);

        var (_, link) = await People.LastMailAsync(host, reporter);
        Assert.Contains($"{other.Tenant.Code}.{LocalGovHost.BaseDomain}/complaints/track/{moved.TrackingCode}", link, StringComparison.Ordinal);
        Assert.Contains(moved.TrackingCode!, await other.SupervisorClient.GetPageAsync(other.Path("/staff/complaints")), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"stamp\" value=\"([0-9a-f]+)\"")]
    private static partial Regex StampPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteComplaintWorkflowTests(SqliteHost host) : ComplaintWorkflowTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresComplaintWorkflowTests(PostgresHost host) : ComplaintWorkflowTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlComplaintWorkflowTests(MySqlHost host) : ComplaintWorkflowTests(host);
