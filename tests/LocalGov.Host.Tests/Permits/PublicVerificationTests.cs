using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Permits.Issuing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Timing;
using LocalGov.Permits.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>
/// A permit issued through the real flow (apply online → approve → pay → BillPaid) has a printable certificate for
/// its holder and staff, and a public verification page that shows the business and address, never the holder.
/// </summary>
public abstract class PublicVerificationTests(LocalGovHost host)
{
    [Fact]
    public async Task IssuedPermit_HasACertificateForItsHolder_AndAPublicCheck_ThatShowsRevocationWithItsReason()
    {
        var world = await PublicWorld.CreateAsync(host);
        var number = await world.FileFoodNoticeAsync();

        await world.InLaoAsync((services, _) => services.GetRequiredService<PermitReview>().ApproveAsync(number, null, "ล้างพื้นที่ปรุงอาหารทุกวัน", "เจ้าหน้าที่ทดสอบ", default));
        var approved = await world.ResidentClient.GetPageAsync(world.Path($"/permits/applications/{number}"));
        Assert.Contains("data-decision=\"approved\"", approved, StringComparison.Ordinal);
        Assert.Contains("data-amount-due>100.00<", approved, StringComparison.Ordinal);
        Assert.Contains("data-bill-line=\"PERMIT-FEE\"", approved, StringComparison.Ordinal);

        await world.PayAsync(number);
        var application = await world.ApplicationAsync(number);
        var permit = await world.InLaoAsync((_, db) => db.Set<Permit>().AsNoTracking().SingleAsync(p => p.Id == application.PermitId));
        var issued = await world.ResidentClient.GetPageAsync(world.Path($"/permits/applications/{number}"));
        Assert.Contains($"data-permit=\"{permit.Number}\"", issued, StringComparison.Ordinal);
        Assert.Contains("data-bill-paid", issued, StringComparison.Ordinal);

        // The holder's printable certificate: Thai dates, the law, and the QR code to the public check.
        var certificateUrl = world.Path($"/permits/certificate/{permit.Number}");
        var certificate = await world.ResidentClient.GetPageAsync(certificateUrl);
        var verifyUrl = $"http://{world.Lao.Code}.{LocalGovHost.BaseDomain}/permits/verify/{permit.VerificationCode}";
        Assert.Contains($"data-verify-url>{verifyUrl}<", certificate, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,", certificate, StringComparison.Ordinal);
        Assert.Contains($"data-holder>{world.ApplicantName}<", certificate, StringComparison.Ordinal);
        Assert.Contains($"data-valid-until>{BangkokTime.Format(permit.ValidUntil, thai: true, longDate: true)}<", certificate, StringComparison.Ordinal);
        Assert.Contains("data-area>48 ตารางเมตร<", certificate, StringComparison.Ordinal);
        Assert.Contains("ล้างพื้นที่ปรุงอาหารทุกวัน", certificate, StringComparison.Ordinal);
        Assert.Contains("src=\"/js/print.js\"", certificate, StringComparison.Ordinal);
        Assert.Contains(world.Lao.Name.Th, certificate, StringComparison.Ordinal);

        var someoneElse = await People.CreateAsync(host, People.NewEmail("other"), UserKind.Resident, []);
        Assert.Equal(HttpStatusCode.NotFound, (await world.As(someoneElse).Http.GetAsync(certificateUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.StaffClient(RoleTemplates.BuildingOfficer).Http.GetAsync(certificateUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.StaffClient(RoleTemplates.Cashier).Http.GetAsync(certificateUrl)).StatusCode);

        // The public check: no sign-in, business and address, nothing personal.
        var anonymous = new FormClient(host.AnonymousClient());
        var check = await anonymous.Http.GetAsync(world.Path($"/permits/verify/{permit.VerificationCode}"));
        var valid = await check.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Contains("data-verified-status=\"Valid\"", valid, StringComparison.Ordinal);
        Assert.Contains($"data-business>{world.BusinessName}<", valid, StringComparison.Ordinal);
        Assert.Contains($"data-address>{world.Address}<", valid, StringComparison.Ordinal);
        foreach (var secret in new[] { world.ApplicantName, world.ApplicantEmail, world.ApplicantPhone, world.NationalId })
        {
            Assert.DoesNotContain(secret, valid, StringComparison.Ordinal);
        }

        // Typing the code in the form finds it too.
        var typed = await anonymous.SubmitAsync(world.Path("/permits/verify"), ("code", permit.VerificationCode.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.EndsWith($"/permits/verify/{permit.VerificationCode}", typed.Headers.Location!.OriginalString, StringComparison.Ordinal);

        await world.InLaoAsync(async (_, db) =>
        {
            var stored = await db.Set<Permit>().SingleAsync(p => p.Id == permit.Id);
            stored.Revoke(host.Clock.GetUtcNow().UtcDateTime, "ลักลอบขยายพื้นที่เกิน 200 ตารางเมตร");
            return await db.SaveChangesAsync();
        });
        var revoked = await anonymous.GetPageAsync(world.Path($"/permits/verify/{permit.VerificationCode}"));
        Assert.Contains("data-verified-status=\"Revoked\"", revoked, StringComparison.Ordinal);
        Assert.Contains("ถูกเพิกถอน", revoked, StringComparison.Ordinal);
        Assert.Contains("ลักลอบขยายพื้นที่เกิน 200 ตารางเมตร", revoked, StringComparison.Ordinal);
        Assert.DoesNotContain(world.ApplicantName, revoked, StringComparison.Ordinal);
        Assert.Contains("data-warning=\"Revoked\"", await world.ResidentClient.GetPageAsync(certificateUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCode_IsA404_WithAClearMessage_AndCodesOfAnotherLaoAreUnknownHere()
    {
        var world = await PublicWorld.CreateAsync(host);
        var other = await PublicWorld.CreateAsync(host);
        var permit = await other.IssueAsync(await other.FileFoodNoticeAsync());
        var anonymous = new FormClient(host.AnonymousClient());

        var unknown = await anonymous.Http.GetAsync(world.Path("/permits/verify/0123456789abcdef01234567"));
        var page = await unknown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("data-verified-status=\"unknown\"", page, StringComparison.Ordinal);
        Assert.Contains("ไม่พบใบอนุญาต", page, StringComparison.Ordinal);

        var elsewhere = await anonymous.Http.GetAsync(world.Path($"/permits/verify/{permit.VerificationCode}"));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.DoesNotContain(other.BusinessName, await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var typed = await anonymous.SubmitAsync(world.Path("/permits/verify"), ("code", "not-a-code"));
        Assert.Equal(HttpStatusCode.NotFound, typed.StatusCode);

        var form = await anonymous.Http.GetAsync(world.Path("/permits/verify"));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePublicVerificationTests(SqliteHost host) : PublicVerificationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPublicVerificationTests(PostgresHost host) : PublicVerificationTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlPublicVerificationTests(MySqlHost host) : PublicVerificationTests(host);
