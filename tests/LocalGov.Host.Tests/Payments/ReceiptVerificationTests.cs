using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Host.Tests.Payments;

/// <summary>
/// The printed receipt names the receiver by display name and carries a signature line and a verification QR code;
/// the public check shows the receipt's number, date, amount, LAO and status only, for the LAO's own receipts.
/// </summary>
public abstract class ReceiptVerificationTests(LocalGovHost host)
{
    private HttpClient As(TenantInfo tenant, string user, string role)
    {
        var client = host.AnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.For(user, tenant.Id, role));
        return client;
    }

    private async Task<BillView> BillAsync(TenantInfo tenant)
    {
        var admin = host.StaffClient(tenant, RoleTemplates.TenantAdmin);
        var note = await (await admin.PostJsonAsync($"/t/{tenant.Code}/api/notes", new CreateNote("fee", null))).ReadAsync<NoteDto>();
        return await (await admin.PostAsync($"/t/{tenant.Code}/api/notes/{note.Id}/bill", null)).ReadAsync<BillView>();
    }

    [Fact]
    public async Task Receipt_NamesTheReceiver_HasASignatureLine_AndAQrToItsPublicCheck()
    {
        var tenant = await host.ProvisionAsync("rcv-" + Guid.NewGuid().ToString("N")[..6], "ใบเสร็จ", "Receipts", ["Notes", "Payments"]);
        var email = People.NewEmail("cashier");
        var staff = await People.CreateAsync(host, email, UserKind.Staff, [], tenant.Id);
        var cashier = As(tenant, email, RoleTemplates.Cashier);
        var bill = await BillAsync(tenant);
        var receipt = await (await cashier.PostJsonAsync($"/t/{tenant.Code}/api/payments/bills/{bill.Id}/payments",
            new RecordPayment(100m, PaymentChannel.Cash, null, null))).ReadAsync<ReceiptView>();

        var page = System.Text.RegularExpressions.Regex.Match(await cashier.GetStringAsync($"/t/{tenant.Code}/receipts/{receipt.ReceiptNumber}"),
            "<article class=\"receipt.*?</article>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains($"<span data-receiver>{staff.DisplayName}</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(email, page, StringComparison.Ordinal);
        Assert.Contains("data-signature", page, StringComparison.Ordinal);
        Assert.Contains("data-verify-qr", page, StringComparison.Ordinal);
        // the LAO's own address: its sub-domain when a base domain is set (as in these tests), else /t/{code}
        Assert.Matches($"href=\"[^\"]*{tenant.Code}[^\"]*/receipts/verify/{receipt.ReceiptNumber}\" data-verify-url", page);
    }

    [Fact]
    public async Task PublicCheck_ShowsOnlyTheReceiptsFacts_VoidedAfterVoiding_And404ForUnknownOrAnotherLaosNumber()
    {
        var tenant = await host.ProvisionAsync("chk-" + Guid.NewGuid().ToString("N")[..6], "ตรวจใบเสร็จ", "Receipt check", ["Notes", "Payments"]);
        var other = await host.ProvisionAsync("oth-" + Guid.NewGuid().ToString("N")[..6], "อีกแห่ง", "Another", ["Notes", "Payments"]);
        var bill = await BillAsync(tenant);
        var receipt = await (await As(tenant, "somsri", RoleTemplates.Cashier).PostJsonAsync($"/t/{tenant.Code}/api/payments/bills/{bill.Id}/payments",
            new RecordPayment(100m, PaymentChannel.Cash, null, null))).ReadAsync<ReceiptView>();
        var anonymous = host.AnonymousClient();

        var response = await anonymous.GetAsync($"/t/{tenant.Code}/receipts/verify/{receipt.ReceiptNumber}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-verified-status=\"valid\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-verified-receipt=\"{receipt.ReceiptNumber}\"", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-verified-amount>100.00</dd>", page, StringComparison.Ordinal);
        Assert.Contains("ตรวจใบเสร็จ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ผู้ยื่นบันทึก", page, StringComparison.Ordinal); // the payer
        Assert.DoesNotContain(bill.Number, page, StringComparison.Ordinal);
        Assert.DoesNotContain("somsri", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/t/{tenant.Code}/receipts/verify/RCP-0000-999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/t/{other.Code}/receipts/verify/{receipt.ReceiptNumber}")).StatusCode);

        var admin = new FormClient(As(tenant, "admin", RoleTemplates.TenantAdmin));
        var voided = await admin.SubmitAsync($"/t/{tenant.Code}/receipts/{receipt.ReceiptNumber}", [new("reason", "รับเงินซ้ำ")],
            $"/t/{tenant.Code}/receipts/{receipt.ReceiptNumber}?handler=Void");
        Assert.Equal(HttpStatusCode.Redirect, voided.StatusCode);
        var after = await anonymous.GetStringAsync($"/t/{tenant.Code}/receipts/verify/{receipt.ReceiptNumber}");
        Assert.Contains("data-verified-status=\"voided\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("รับเงินซ้ำ", after, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReceiptVerificationTests(SqliteHost host) : ReceiptVerificationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReceiptVerificationTests(PostgresHost host) : ReceiptVerificationTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlReceiptVerificationTests(MySqlHost host) : ReceiptVerificationTests(host);
