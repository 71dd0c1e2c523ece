using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.PermitTypes;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.Permits;

/// <summary>The permit register: a permit issued at approval (no fee) is found, suspended, reinstated and revoked by a supervisor.</summary>
public abstract class StaffRegisterTests(LocalGovHost host)
{
    [Fact]
    public async Task ASupervisor_SuspendsReinstatesAndRevokesAPermit_WithReasons_AndAStaleFormIsRefused()
    {
        var world = await StaffWorld.CreateAsync(host);
        await world.InScopeAsync(async (_, db) =>
        {
            var type = await db.Set<PermitType>().SingleAsync(t => t.Code == DefaultPermitTypes.FoodNotice);
            type.FixedFee = 0; // this LAO charges nothing for a notification: the certificate is issued at approval
            return await db.SaveChangesAsync();
        });
        var application = await world.FileAsync(business: "ร้านน้ำเต้าหู้ป้าเพ็ญ");
        var detail = world.Path($"/staff/permits/{application.Number}");
        var approved = await world.OfficerClient.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(await world.OfficerClient.GetPageAsync(detail))), new("conditions", "")],
            detail + "?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var saved = await world.ReloadAsync(application.Number);
        Assert.Equal(ApplicationStatus.Issued, saved.Status);
        var permit = await world.InScopeAsync((_, db) => db.Set<Permit>().AsNoTracking().SingleAsync(p => p.ApplicationId == application.Id));
        Assert.Contains($"/permits/certificate/{permit.Number}", await world.OfficerClient.GetPageAsync(detail), StringComparison.Ordinal);

        var register = await world.OfficerClient.GetPageAsync(world.Path("/staff/permits/issued?q=" + Uri.EscapeDataString("น้ำเต้าหู้")));
        Assert.Contains($"data-permit=\"{permit.Number}\" data-status=\"Valid\"", register, StringComparison.Ordinal);
        Assert.DoesNotContain(permit.Number, await world.OfficerClient.GetPageAsync(world.Path("/staff/permits/issued?status=Revoked")), StringComparison.Ordinal);

        var page = world.Path($"/staff/permits/issued/{permit.Number}");
        var officerView = await world.OfficerClient.GetPageAsync(page);
        Assert.Contains($"/permits/verify/{permit.VerificationCode}", officerView, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"suspend\"", officerView, StringComparison.Ordinal);
        var notAllowed = await world.OfficerClient.SubmitAsync(page, [new("stamp", Stamp(officerView)), new("reason", "ทดสอบ")], page + "?handler=Suspend");
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);

        var view = await world.SupervisorClient.GetPageAsync(page);
        var noReason = await world.SupervisorClient.SubmitAsync(page, [new("stamp", Stamp(view)), new("reason", " ")], page + "?handler=Suspend");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var suspended = await world.SupervisorClient.SubmitAsync(page, [new("stamp", Stamp(view)), new("reason", "ตรวจพบการจำหน่ายอาหารไม่ถูกสุขลักษณะ")], page + "?handler=Suspend");
        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);
        var stale = await world.SupervisorClient.SubmitAsync(page, [new("stamp", Stamp(view)), new("reason", "ซ้ำ")], page + "?handler=Revoke");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(PermitStatus.Suspended, (await world.InScopeAsync((_, db) => db.Set<Permit>().AsNoTracking().SingleAsync(p => p.Id == permit.Id))).Status);

        view = await world.SupervisorClient.GetPageAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, (await world.SupervisorClient.SubmitAsync(page, [new("stamp", Stamp(view)), new("reason", "ปรับปรุงแล้ว")], page + "?handler=Reinstate")).StatusCode);
        view = await world.SupervisorClient.GetPageAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, (await world.SupervisorClient.SubmitAsync(page, [new("stamp", Stamp(view)), new("reason", "ฝ่าฝืนซ้ำ")], page + "?handler=Revoke")).StatusCode);
        var revoked = await world.InScopeAsync((_, db) => db.Set<Permit>().AsNoTracking().SingleAsync(p => p.Id == permit.Id));
        Assert.Equal((PermitStatus.Revoked, "ฝ่าฝืนซ้ำ"), (revoked.Status, revoked.StatusReason));
        Assert.Contains(permit.Number, await world.OfficerClient.GetPageAsync(world.Path("/staff/permits/issued?status=Revoked")), StringComparison.Ordinal);
        Assert.Equal(3, (await world.TimelineAsync(application.Id)).Count(e => e.Kind == ApplicationEventKind.Note && e.Note!.Contains(permit.Number, StringComparison.Ordinal)));
    }

    private static string Stamp(string page) => StaffWorld.Stamp(page);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStaffRegisterTests(SqliteHost host) : StaffRegisterTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStaffRegisterTests(PostgresHost host) : StaffRegisterTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlStaffRegisterTests(MySqlHost host) : StaffRegisterTests(host);
