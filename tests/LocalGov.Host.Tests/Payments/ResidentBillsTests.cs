using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Payments;

/// <summary>A resident sees their bills from every LAO in one list and downloads their receipts; nobody else's.</summary>
public abstract class ResidentBillsTests(LocalGovHost host)
{
    private async Task<BillView> IssueAsync(TenantInfo tenant, Guid userId, string description, string? nationalId = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var bill = await scope.ServiceProvider.GetRequiredService<IBilling>().IssueAsync(new IssueBillRequest(
            new BillPayer("ผู้พักอาศัย", "R" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), UserId: userId, NationalId: nationalId),
            new BillSource("Payments", "MANUAL-" + Guid.NewGuid().ToString("N")[..8]),
            [new BillLineRequest("FEE", description, 75m)],
            DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime).AddDays(10)));
        await transaction.CommitAsync();
        return bill;
    }

    [Fact]
    public async Task Cashier_FindsABillByThePayersNationalId_ThoughOnlyItsHashIsStored()
    {
        var nationalId = LocalGov.Thai.ThaiNationalId.Generate(Random.Shared);
        var bill = await IssueAsync(host.Alpha, Guid.NewGuid(), "ค่าธรรมเนียมค้นด้วยเลข", nationalId);
        var cashier = host.StaffClient(host.Alpha, RoleTemplates.Cashier);
        var page = await cashier.GetStringAsync($"/t/alpha/cashier?q={LocalGov.Thai.ThaiNationalId.Format(nationalId)}");
        Assert.Contains(bill.Number, page, StringComparison.Ordinal);
        var api = await (await cashier.GetAsync($"/t/alpha/api/payments/bills?q={nationalId}")).ReadAsync<List<BillView>>();
        Assert.Equal(bill.Id, Assert.Single(api).Id); // the API searches the same way

        await using var scope = host.Services.CreateAsyncScope();
        var stored = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(
                scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<LocalGov.Payments.Bills.Bill>()), b => b.Id == bill.Id);
        Assert.Equal(64, stored.PayerIdHash!.Length);
        Assert.DoesNotContain(nationalId, stored.PayerIdHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resident_SeesBillsFromEveryLao_AndDownloadsOnlyTheirOwnReceipts()
    {
        var email = People.NewEmail("payer");
        var resident = await People.CreateAsync(host, email, UserKind.Resident, []);
        var alphaBill = await IssueAsync(host.Alpha, resident.Id, "ค่าธรรมเนียมอัลฟา");
        var betaBill = await IssueAsync(host.Beta, resident.Id, "ค่าธรรมเนียมเบตา");
        var client = await People.SignInAsync(host, email);

        var page = await client.GetPageAsync("/my/bills");
        Assert.Contains($"data-bill=\"{alphaBill.Number}\"", page, StringComparison.Ordinal);
        Assert.Contains("เทศบาลอัลฟา", page, StringComparison.Ordinal);
        Assert.Contains("เทศบาลเบตา", page, StringComparison.Ordinal);
        Assert.Contains("ค่าธรรมเนียมเบตา", page, StringComparison.Ordinal);

        var receipt = await (await host.StaffClient(host.Beta, RoleTemplates.Cashier).PostJsonAsync($"/t/beta/api/payments/bills/{betaBill.Id}/payments",
            new RecordPayment(75m, PaymentChannel.Cash, null, null))).ReadAsync<ReceiptView>();
        var withReceipt = await client.GetPageAsync("/my/bills");
        var link = System.Text.RegularExpressions.Regex.Match(withReceipt, "href=\"(/my/receipts/[0-9a-f-]+)\">" + receipt.ReceiptNumber).Groups[1].Value;
        var document = await client.GetPageAsync(link);
        Assert.Contains("เจ็ดสิบห้าบาทถ้วน", document, StringComparison.Ordinal);

        var stranger = People.NewEmail("stranger");
        await People.CreateAsync(host, stranger, UserKind.Resident, []);
        var other = await People.SignInAsync(host, stranger);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(link)).StatusCode);
        Assert.DoesNotContain(alphaBill.Number, await other.GetPageAsync("/my/bills"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteResidentBillsTests(SqliteHost host) : ResidentBillsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresResidentBillsTests(PostgresHost host) : ResidentBillsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlResidentBillsTests(MySqlHost host) : ResidentBillsTests(host);
