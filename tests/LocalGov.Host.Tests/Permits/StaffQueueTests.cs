using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Queue;
using LocalGov.Platform.Authorization;

namespace LocalGov.Host.Tests.Permits;

/// <summary>The queue orders by due date and colours (and words) each row by the time the law leaves; supervisors see the late list.</summary>
public abstract partial class StaffQueueTests(LocalGovHost host)
{
    [Fact]
    public async Task TheQueue_IsSoonestDueFirst_AndALateApplicationShowsAsLate()
    {
        var world = await StaffWorld.CreateAsync(host);
        var building = await world.FileAsync(DefaultPermitTypes.Building, business: "อาคารพาณิชย์ 3 ชั้น"); // due in 45 days
        var food = await world.FileAsync(DefaultPermitTypes.FoodNotice, business: "ร้านก๋วยเตี๋ยวลุงชัย"); // due in 7 days
        var waiting = await world.FileAsync(DefaultPermitTypes.HealthHazard, business: "อู่ซ่อมรถช่างเอก");
        var detail = world.Path($"/staff/permits/{waiting.Number}");
        var page = await world.OfficerClient.GetPageAsync(detail);
        await world.OfficerClient.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(page)), new("missing", "สำเนาทะเบียนบ้าน")], detail + "?handler=RequestDocuments");

        var queue = await world.OfficerClient.GetPageAsync(world.Path("/staff/permits"));
        Assert.Equal([food.Number, building.Number, waiting.Number], Rows(queue).Select(r => r.Number));
        Assert.Equal([nameof(TimeLeftBand.OnTime), nameof(TimeLeftBand.OnTime), nameof(TimeLeftBand.ClockStopped)], Rows(queue).Select(r => r.Band));
        Assert.Contains("หยุดนับเวลา", queue, StringComparison.Ordinal); // colour is never the only signal
        Assert.DoesNotContain(food.ApplicantIdMasked!, queue, StringComparison.Ordinal);

        using (host.Clock.Shift(TimeSpan.FromDays(6)))
        {
            var soon = await world.OfficerClient.GetPageAsync(world.Path("/staff/permits"));
            Assert.Equal(nameof(TimeLeftBand.Soon), Rows(soon).Single(r => r.Number == food.Number).Band); // 1 of 7 days left
            Assert.Equal(nameof(TimeLeftBand.OnTime), Rows(soon).Single(r => r.Number == building.Number).Band);
        }
        using (host.Clock.Shift(TimeSpan.FromDays(9)))
        {
            var late = await world.OfficerClient.GetPageAsync(world.Path("/staff/permits"));
            Assert.Equal(nameof(TimeLeftBand.Late), Rows(late).Single(r => r.Number == food.Number).Band);
            Assert.Contains("เกินกำหนด 2 วัน", late, StringComparison.Ordinal);

            var supervisor = await world.SupervisorClient.GetPageAsync(world.Path("/staff/permits/late"));
            Assert.Contains($"data-application=\"{food.Number}\"", supervisor, StringComparison.Ordinal);
            Assert.Contains("data-days-late=\"2\"", supervisor, StringComparison.Ordinal);
            Assert.DoesNotContain(building.Number, supervisor, StringComparison.Ordinal);
            Assert.DoesNotContain(waiting.Number, supervisor, StringComparison.Ordinal); // the clock is stopped
            Assert.Equal(HttpStatusCode.Forbidden, (await world.OfficerClient.Http.GetAsync(world.Path("/staff/permits/late"))).StatusCode);
        }

        var filtered = await world.OfficerClient.GetPageAsync(world.Path("/staff/permits?type=building"));
        Assert.Equal([building.Number], Rows(filtered).Select(r => r.Number));
        var searched = await world.OfficerClient.GetPageAsync(world.Path("/staff/permits?q=" + Uri.EscapeDataString("ก๋วยเตี๋ยว")));
        Assert.Equal([food.Number], Rows(searched).Select(r => r.Number));
        var byStatus = await world.OfficerClient.GetPageAsync(world.Path($"/staff/permits?status={ApplicationStatus.AwaitingDocuments}"));
        Assert.Equal([waiting.Number], Rows(byStatus).Select(r => r.Number));
        Assert.Empty(Rows(await world.OfficerClient.GetPageAsync(world.Path("/staff/permits?mine=true"))));
    }

    [Fact]
    public void TimeLeft_IsAmberAtTwentyPercentOrTwoDays()
    {
        var today = new DateOnly(2026, 11, 22);
        Assert.Equal(TimeLeftBand.Soon, TimeLeft.Of(ApplicationStatus.InReview, today.AddDays(9), 45, today).Band); // 9 ≤ 20 % of 45
        Assert.Equal(TimeLeftBand.OnTime, TimeLeft.Of(ApplicationStatus.InReview, today.AddDays(10), 45, today).Band);
        Assert.Equal(TimeLeftBand.Soon, TimeLeft.Of(ApplicationStatus.Submitted, today.AddDays(2), 7, today).Band);
        Assert.Equal(TimeLeftBand.OnTime, TimeLeft.Of(ApplicationStatus.Submitted, today.AddDays(3), 7, today).Band);
        Assert.Equal(TimeLeftBand.Soon, TimeLeft.Of(ApplicationStatus.Submitted, today, 7, today).Band); // the last day is not late yet
        Assert.Equal(TimeLeftBand.Late, TimeLeft.Of(ApplicationStatus.Submitted, today.AddDays(-1), 7, today).Band);
        Assert.Equal(TimeLeftBand.ClockStopped, TimeLeft.Of(ApplicationStatus.AwaitingDocuments, null, 7, today).Band);
    }

    private static IEnumerable<(string Number, string Band)> Rows(string page) =>
        RowPattern().Matches(page).Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    [GeneratedRegex("data-application=\"([^\"]+)\" data-band=\"([^\"]+)\"")]
    private static partial Regex RowPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStaffQueueTests(SqliteHost host) : StaffQueueTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStaffQueueTests(PostgresHost host) : StaffQueueTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlStaffQueueTests(MySqlHost host) : StaffQueueTests(host);
