using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Objections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>Re-assessing from the staff page after the register changed, and objections decided from the staff pages.</summary>
public abstract class AssessTaxCorrectionTests(LocalGovHost host)
{
    [Fact]
    public async Task RaisingTheArea_BillsExactlyTheDifference_LoweringItCancelsTheUnpaidBillsAndBillsAgain()
    {
        var world = await AssessTaxWorld.CreateAsync(host);
        var (payer, plot) = await world.AddOwnerAsync("นางสาวทดสอบ แก้ไข"); // 99 wa: 990,000 × 0.3 % = 2,970
        var year = BangkokTime.Today(host.Clock).Year;
        var assessment = await world.AssessAsync(payer.Id, year);
        Assert.Equal(2970m, assessment.Tax);
        var detail = world.Path($"/staff/tax/assessment/{assessment.Number}");

        await world.SetAreaAsync(plot.Id, payer.Id, rai: 1, squareWa: 0); // 400 wa: 4,000,000 × 0.3 % = 12,000
        var missing = await world.OfficerClient.SubmitAsync(detail, [new("Reason", "")], detail + "?handler=Reassess");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Single(await world.BillsAsync(assessment.Id));

        var raised = await world.OfficerClient.SubmitAsync(detail, [new("Reason", "รังวัดใหม่ เนื้อที่ 1 ไร่")], detail + "?handler=Reassess");

        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var bills = await world.BillsAsync(assessment.Id);
        Assert.Equal(2, bills.Count);
        Assert.Equal(2970m, bills[0].Principal);
        Assert.Equal(9030m, bills[1].Principal);
        Assert.Equal("LBT-ADJUST", Assert.Single(bills[1].Lines).Head);
        Assert.All(bills, b => Assert.False(b.Cancelled));
        var page = await world.OfficerClient.GetPageAsync(detail + "?reassessed=true");
        Assert.Contains("9,030.00", page, StringComparison.Ordinal);
        Assert.Contains(bills[1].BillNumber, page, StringComparison.Ordinal);
        Assert.Contains("รังวัดใหม่ เนื้อที่ 1 ไร่", page, StringComparison.Ordinal);

        await world.SetAreaAsync(plot.Id, payer.Id, rai: 0, squareWa: 50); // 500,000 × 0.3 % = 1,500
        var lowered = await world.OfficerClient.SubmitAsync(detail, [new("Reason", "แบ่งแยกโฉนด เหลือ 50 ตารางวา")], detail + "?handler=Reassess");

        Assert.Equal(HttpStatusCode.Redirect, lowered.StatusCode);
        bills = await world.BillsAsync(assessment.Id);
        Assert.Equal(3, bills.Count);
        Assert.True(bills[0].Cancelled);
        Assert.True(bills[1].Cancelled);
        Assert.False(bills[2].Cancelled);
        Assert.Equal(1500m, bills[2].Principal);
        var after = (await world.AssessmentsAsync()).Single();
        Assert.Equal(1500m, after.Tax);
        Assert.Equal(1500m, after.Billed);
        Assert.Equal([2970m, 12000m], after.History.Select(h => h.Total));
    }

    [Fact]
    public async Task AStaleReassessForm_IsAConflict_AndChangesNothing()
    {
        var world = await AssessTaxWorld.CreateAsync(host);
        var (payer, plot) = await world.AddOwnerAsync("นายทดสอบ ฟอร์มเก่า");
        var assessment = await world.AssessAsync(payer.Id, BangkokTime.Today(host.Clock).Year);
        await world.SetAreaAsync(plot.Id, payer.Id, rai: 1, squareWa: 0);
        var detail = world.Path($"/staff/tax/assessment/{assessment.Number}");

        var stale = await world.OfficerClient.SubmitAsync(detail, [new("Reason", "แก้ไขเนื้อที่"), new("Stamp", "0123456789abcdef")], detail + "?handler=Reassess");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Single(await world.BillsAsync(assessment.Id));
        Assert.Equal(2970m, (await world.AssessmentsAsync()).Single().Tax);
    }

    [Fact]
    public async Task AnUpheldObjection_ChangesTheFigure_ARejectedOneKeepsItWithItsReasons_AndAStaleDecisionIsAConflict()
    {
        var world = await AssessTaxWorld.CreateAsync(host);
        var (upheldPayer, upheldPlot) = await world.AddOwnerAsync("เจ้าของ คัดค้านสำเร็จ");
        var (rejectedPayer, _) = await world.AddOwnerAsync("เจ้าของ คัดค้านไม่สำเร็จ");
        var year = BangkokTime.Today(host.Clock).Year;
        var toUphold = await world.AssessAsync(upheldPayer.Id, year);
        var toReject = await world.AssessAsync(rejectedPayer.Id, year);
        var (upheld, rejected) = await world.InScopeAsync(async (services, db) =>
        {
            var objections = services.GetRequiredService<LocalGov.Tax.Objections.Objections>();
            var a = await objections.FileAsync(await db.Set<TaxAssessment>().SingleAsync(x => x.Id == toUphold.Id), "เนื้อที่จริงเพียง 50 ตารางวา ตามโฉนด", null, default);
            var b = await objections.FileAsync(await db.Set<TaxAssessment>().SingleAsync(x => x.Id == toReject.Id), "ราคาประเมินสูงเกินไปเมื่อเทียบกับแปลงข้างเคียง", null, default);
            return (a, b);
        });

        var queue = await world.OfficerClient.GetPageAsync(world.Path("/staff/tax/objections"));
        Assert.True(queue.IndexOf(upheld.Number, StringComparison.Ordinal) < queue.IndexOf(rejected.Number, StringComparison.Ordinal)); // oldest first

        var upheldPath = world.Path($"/staff/tax/objections/{upheld.Number}");
        var stale = await world.OfficerClient.SubmitAsync(upheldPath,
            [new("Outcome", "uphold"), new("Reasons", "ตรวจสอบโฉนดแล้ว เนื้อที่ 50 ตารางวา"), new("Stamp", "0123456789abcdef")]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        await world.SetAreaAsync(upheldPlot.Id, upheldPayer.Id, rai: 0, squareWa: 50);
        var uphold = await world.OfficerClient.SubmitAsync(upheldPath, [new("Outcome", "uphold"), new("Reasons", "ตรวจสอบโฉนดแล้ว เนื้อที่ 50 ตารางวา")]);
        Assert.Equal(HttpStatusCode.Redirect, uphold.StatusCode);

        var rejectedPath = world.Path($"/staff/tax/objections/{rejected.Number}");
        var noReasons = await world.OfficerClient.SubmitAsync(rejectedPath, [new("Outcome", "reject"), new("Reasons", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReasons.StatusCode);
        var reject = await world.OfficerClient.SubmitAsync(rejectedPath, [new("Outcome", "reject"), new("Reasons", "ราคาตามบัญชีกรมธนารักษ์ ใช้เท่ากันทั้งโซน")]);
        Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);

        var decided = await world.InScopeAsync((_, db) => db.Set<Objection>().AsNoTracking().ToListAsync());
        var u = decided.Single(o => o.Id == upheld.Id);
        Assert.Equal(ObjectionStatus.Upheld, u.Status);
        Assert.Equal(2970m, u.TotalBefore);
        Assert.Equal(1500m, u.TotalAfter);
        var r = decided.Single(o => o.Id == rejected.Id);
        Assert.Equal(ObjectionStatus.Rejected, r.Status);
        Assert.Equal("ราคาตามบัญชีกรมธนารักษ์ ใช้เท่ากันทั้งโซน", r.Decision);
        Assert.Equal(2970m, r.TotalAfter);
        var assessments = await world.AssessmentsAsync();
        Assert.Equal(1500m, assessments.Single(a => a.Id == toUphold.Id).Tax);
        Assert.Equal(2970m, assessments.Single(a => a.Id == toReject.Id).Tax);
        Assert.Equal(AssessmentStatus.Assessed, assessments.Single(a => a.Id == toReject.Id).Status);
        Assert.Single(await world.BillsAsync(toReject.Id));

        var shown = await world.OfficerClient.GetPageAsync(rejectedPath);
        Assert.Contains("ราคาตามบัญชีกรมธนารักษ์ ใช้เท่ากันทั้งโซน", shown, StringComparison.Ordinal);
        var again = await world.OfficerClient.Http.GetAsync(world.Path("/staff/tax/objections"));
        Assert.Contains("1,500.00", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAssessTaxCorrectionTests(SqliteHost host) : AssessTaxCorrectionTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAssessTaxCorrectionTests(PostgresHost host) : AssessTaxCorrectionTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlAssessTaxCorrectionTests(MySqlHost host) : AssessTaxCorrectionTests(host);
