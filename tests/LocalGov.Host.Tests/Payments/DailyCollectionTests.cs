using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Host.Tests.Payments;

/// <summary>
/// The daily collection report adds up to the receipts it lists, by channel and by cashier; voided receipts are apart.
/// A cashier sees their own day only.
/// </summary>
public abstract class DailyCollectionTests(LocalGovHost host)
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
    public async Task DailyReport_TotalsByChannelAndCashier_ReconcileWithTheReceipts()
    {
        var tenant = await host.ProvisionAsync("day-" + Guid.NewGuid().ToString("N")[..6], "รายวัน", "Daily", ["Notes", "Payments"]);
        var (first, second, third) = (await BillAsync(tenant), await BillAsync(tenant), await BillAsync(tenant));
        await (await As(tenant, "somsri", RoleTemplates.Cashier).PostJsonAsync($"/t/{tenant.Code}/api/payments/bills/{first.Id}/payments",
            new RecordPayment(100m, PaymentChannel.Cash, null, null))).ReadAsync<ReceiptView>();
        await (await As(tenant, "somsak", RoleTemplates.Cashier).PostJsonAsync($"/t/{tenant.Code}/api/payments/bills/{second.Id}/payments",
            new RecordPayment(60m, PaymentChannel.Transfer, null, "TRX-1"))).ReadAsync<ReceiptView>();
        await (await As(tenant, "somsak", RoleTemplates.Cashier).PostJsonAsync($"/t/{tenant.Code}/api/payments/bills/{third.Id}/payments",
            new RecordPayment(40m, PaymentChannel.Cash, null, null))).ReadAsync<ReceiptView>();

        var officer = As(tenant, "revenue", RoleTemplates.RevenueOfficer);
        var page = await officer.GetStringAsync($"/t/{tenant.Code}/cashier/daily");
        Assert.Contains("<strong>200.00</strong>", page, StringComparison.Ordinal);
        var byChannel = System.Text.RegularExpressions.Regex.Match(page, "data-by-channel>(.*?)</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("<th scope=\"row\" data-channel=\"Cash\">เงินสด</th><td class=\"num\">2</td><td class=\"num\">140.00</td>", byChannel, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" data-channel=\"Transfer\">โอนเงิน</th><td class=\"num\">1</td><td class=\"num\">60.00</td>", byChannel, StringComparison.Ordinal);
        var byCashier = System.Text.RegularExpressions.Regex.Match(page, "data-by-cashier>(.*?)</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("<th scope=\"row\">somsak</th><td class=\"num\">2</td><td class=\"num\">100.00</td>", byCashier, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">somsri</th><td class=\"num\">1</td><td class=\"num\">100.00</td>", byCashier, StringComparison.Ordinal);

        var csv = await officer.GetStringAsync($"/t/{tenant.Code}/cashier/daily?format=csv");
        var rows = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, rows.Length); // header and three receipts
        Assert.Equal(200m, rows.Skip(1).Sum(r => decimal.Parse(r.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Cashier_ClosesOutTheirOwnDay_SeeingOnlyTheReceiptsTheyIssued()
    {
        var tenant = await host.ProvisionAsync("own-" + Guid.NewGuid().ToString("N")[..6], "ยอดของฉัน", "Own day", ["Notes", "Payments"]);
        var (first, second, third) = (await BillAsync(tenant), await BillAsync(tenant), await BillAsync(tenant));
        var somsri = As(tenant, "somsri", RoleTemplates.Cashier);
        var somsak = As(tenant, "somsak", RoleTemplates.Cashier);
        var mine = await (await somsri.PostJsonAsync($"/t/{tenant.Code}/api/payments/bills/{first.Id}/payments",
            new RecordPayment(100m, PaymentChannel.Cash, null, null))).ReadAsync<ReceiptView>();
        var theirs = await (await somsak.PostJsonAsync($"/t/{tenant.Code}/api/payments/bills/{second.Id}/payments",
            new RecordPayment(60m, PaymentChannel.Transfer, null, "TRX-1"))).ReadAsync<ReceiptView>();
        await (await somsri.PostJsonAsync($"/t/{tenant.Code}/api/payments/bills/{third.Id}/payments",
            new RecordPayment(40m, PaymentChannel.Transfer, null, "TRX-2"))).ReadAsync<ReceiptView>();

        var response = await somsri.GetAsync($"/t/{tenant.Code}/cashier/daily");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-own-collection", page, StringComparison.Ordinal);
        Assert.Contains("<strong>140.00</strong>", page, StringComparison.Ordinal);
        Assert.Contains(mine.ReceiptNumber, page, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.ReceiptNumber, page, StringComparison.Ordinal);
        Assert.DoesNotContain("somsak", page, StringComparison.Ordinal);
        var byChannel = System.Text.RegularExpressions.Regex.Match(page, "data-by-channel>(.*?)</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("<td class=\"num\">1</td><td class=\"num\">100.00</td>", byChannel, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">1</td><td class=\"num\">40.00</td>", byChannel, StringComparison.Ordinal);

        var csv = (await somsri.GetStringAsync($"/t/{tenant.Code}/cashier/daily?format=csv")).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, csv.Length); // header and somsri's two receipts
        Assert.DoesNotContain(csv, row => row.Contains("somsak", StringComparison.Ordinal));

        var officer = await As(tenant, "revenue", RoleTemplates.RevenueOfficer).GetStringAsync($"/t/{tenant.Code}/cashier/daily");
        Assert.Contains("<strong>200.00</strong>", officer, StringComparison.Ordinal);
        Assert.DoesNotContain("data-own-collection", officer, StringComparison.Ordinal);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden,
            (await As(tenant, "somchai", RoleTemplates.ComplaintsOfficer).GetAsync($"/t/{tenant.Code}/cashier/daily")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDailyCollectionTests(SqliteHost host) : DailyCollectionTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDailyCollectionTests(PostgresHost host) : DailyCollectionTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlDailyCollectionTests(MySqlHost host) : DailyCollectionTests(host);
