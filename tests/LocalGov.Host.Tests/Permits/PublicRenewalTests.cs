using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.Review;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>
/// The holder renews from the renewal page: unchanged is approved at once with a fee bill (plus the late surcharge
/// when filed after expiry); changed goes to staff review. Only the holder may, and only once renewal is open.
/// </summary>
public abstract partial class PublicRenewalTests(LocalGovHost host)
{
    [Fact]
    public async Task RenewUnchanged_AfterExpiry_IsApprovedAtOnce_WithAFeeBillAndA20PercentSurchargeLine()
    {
        var world = await PublicWorld.CreateAsync(host);
        var permit = await world.IssueAsync(await world.FileFoodNoticeAsync());
        var url = world.Path($"/permits/renew/{permit.Number}");

        var early = await world.ResidentClient.GetPageAsync(url);
        Assert.Contains("data-refusal", early, StringComparison.Ordinal); // not open until 30 days before expiry
        Assert.Contains("ต่ออายุได้ตั้งแต่วันที่", early, StringComparison.Ordinal);
        Assert.DoesNotContain("data-renew-link", await world.ResidentClient.GetPageAsync("/my/permits"), StringComparison.Ordinal);

        var someoneElse = await People.CreateAsync(host, People.NewEmail("other"), UserKind.Resident, []);
        Assert.Equal(HttpStatusCode.NotFound, (await world.As(someoneElse).Http.GetAsync(url)).StatusCode);

        using (host.Clock.Shift(TimeSpan.FromDays(372)))
        {
            var mine = await world.ResidentClient.GetPageAsync("/my/permits");
            Assert.Contains($"href=\"http://{world.Lao.Code}.{LocalGovHost.BaseDomain}/permits/renew/{permit.Number}\" data-renew-link", mine, StringComparison.Ordinal);
            Assert.Contains("data-status=\"Expired\"", mine, StringComparison.Ordinal);

            var response = await world.ResidentClient.SubmitAsync(url, [], postUrl: url + "?handler=Unchanged");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var number = NumberOf(response);
            var renewal = await world.ApplicationAsync(number);
            Assert.Equal(ApplicationKind.Renewal, renewal.Kind);
            Assert.True(renewal.Unchanged);
            Assert.Equal(permit.Id, renewal.RenewsPermitId);
            Assert.Equal(ApplicationStatus.Approved, renewal.Status);
            Assert.Equal(120m, renewal.Fee);

            var bills = await world.InLaoAsync((services, _) => services.GetRequiredService<IBilling>().FindBySourceAsync("Permits", number));
            Assert.Equal(120m, Assert.Single(bills).Principal);

            var page = await world.ResidentClient.GetPageAsync(world.Path($"/permits/applications/{number}?done=renewed"));
            Assert.Contains("data-bill-line=\"PERMIT-FEE\"", page, StringComparison.Ordinal);
            Assert.Contains($"data-bill-line=\"{PermitFee.SurchargeHead}\"", page, StringComparison.Ordinal);
            Assert.Matches(new Regex("data-bill-line=\"PERMIT-LATE-RENEWAL\">.*?<td class=\"num\">20.00</td>", RegexOptions.Singleline), page);
            Assert.Contains("data-amount-due>120.00<", page, StringComparison.Ordinal);

            var again = await world.ResidentClient.SubmitAsync(url, [], postUrl: url + "?handler=Unchanged");
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode); // already renewing
            Assert.Contains("ได้ยื่นต่ออายุใบอนุญาตนี้แล้ว", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RenewUnchanged_BeforeExpiry_HasNoSurcharge_AndPayingIssuesTheNextPermit()
    {
        var world = await PublicWorld.CreateAsync(host);
        var permit = await world.IssueAsync(await world.FileFoodNoticeAsync());
        var url = world.Path($"/permits/renew/{permit.Number}");

        using (host.Clock.Shift(TimeSpan.FromDays(350)))
        {
            var response = await world.ResidentClient.SubmitAsync(url, [], postUrl: url + "?handler=Unchanged");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var number = NumberOf(response);
            Assert.Equal(100m, (await world.ApplicationAsync(number)).Fee);
            var page = await world.ResidentClient.GetPageAsync(world.Path($"/permits/applications/{number}"));
            Assert.DoesNotContain(PermitFee.SurchargeHead, page, StringComparison.Ordinal);

            await world.PayAsync(number);
            var renewed = await world.ApplicationAsync(number);
            Assert.Equal(ApplicationStatus.Issued, renewed.Status);
            var next = await world.InLaoAsync((_, db) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
                .SingleAsync(db.Set<Permit>(), p => p.Id == renewed.PermitId));
            Assert.Equal(permit.ValidUntil!.Value.AddDays(1), next.ValidFrom); // no gap, no overlap
        }
    }

    [Fact]
    public async Task RenewChanged_PrefillsTheLastApplication_AndGoesToReview()
    {
        var world = await PublicWorld.CreateAsync(host);
        var permit = await world.IssueAsync(await world.FileFoodNoticeAsync());
        var url = world.Path($"/permits/renew/{permit.Number}");

        using (host.Clock.Shift(TimeSpan.FromDays(350)))
        {
            var form = await world.ResidentClient.GetPageAsync(url + "?changed=true");
            Assert.Contains($"value=\"{world.BusinessName}\"", form, StringComparison.Ordinal);
            Assert.Contains($"value=\"{world.ApplicantEmail}\"", form, StringComparison.Ordinal);
            Assert.Contains("value=\"48\"", form, StringComparison.Ordinal);
            Assert.DoesNotContain(world.NationalId, form, StringComparison.Ordinal); // typed again, never sent back
            Assert.Contains("data-masked-id", form, StringComparison.Ordinal);

            var bad = await world.ResidentClient.SubmitWithFilesAsync(url + "?changed=true",
                world.FoodNotice(f => f["area"] = "260"), PublicWorld.FoodNoticeFiles, postUrl: url + "?handler=Changed");
            Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
            Assert.Contains("ไม่เกิน 200 ตารางเมตร", PublicWorld.ErrorFor(await bad.Content.ReadAsStringAsync(), "area"), StringComparison.Ordinal);

            var newName = world.BusinessName + " สาขาใหม่";
            var response = await world.ResidentClient.SubmitWithFilesAsync(url + "?changed=true",
                world.FoodNotice(f => { f["business_name"] = newName; f["area"] = "120"; }), PublicWorld.FoodNoticeFiles, postUrl: url + "?handler=Changed");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var renewal = await world.ApplicationAsync(NumberOf(response));
            Assert.Equal(ApplicationKind.Renewal, renewal.Kind);
            Assert.False(renewal.Unchanged);
            Assert.Equal(ApplicationStatus.Submitted, renewal.Status);
            Assert.Equal(permit.Id, renewal.RenewsPermitId);
            Assert.Equal(newName, renewal.BusinessName);
            Assert.Equal(120m, renewal.AreaSquareMetres);
            Assert.Null(renewal.BillId);
        }
    }

    private static string NumberOf(HttpResponseMessage response) =>
        ApplicationNumber().Match(response.Headers.Location!.OriginalString).Groups[1].Value;

    [GeneratedRegex(@"/permits/applications/(PMA-[0-9-]+)")]
    private static partial Regex ApplicationNumber();
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePublicRenewalTests(SqliteHost host) : PublicRenewalTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPublicRenewalTests(PostgresHost host) : PublicRenewalTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlPublicRenewalTests(MySqlHost host) : PublicRenewalTests(host);
