using System.Net;
using System.Text;
using System.Text.Json;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Payments.Reconciliation;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Payments;

/// <summary>PromptPay payments reported by the bank: a file import that can be repeated safely, and signed notifications.</summary>
public abstract class ReconciliationTests(LocalGovHost host)
{
    private const string Secret = "alpha-bank-secret-0123456789";

    /// <summary>
    /// A fresh LAO receives the bank's reports: bill numbers are per LAO, so another LAO's bill number can only be
    /// "not found here" when this LAO has not reached that number itself.
    /// </summary>
    private Task<TenantInfo> ReceivingLaoAsync() =>
        host.ProvisionAsync("rx-" + Guid.NewGuid().ToString("N")[..8], "ผู้รับ", "Receiver", ["Notes", "Payments"]);

    /// <summary>A bill of another LAO whose number this fresh LAO (one bill at most) does not have.</summary>
    private async Task<BillView> ForeignBillAsync()
    {
        await NewBillAsync(host.Beta);
        return await NewBillAsync(host.Beta);
    }

    private async Task<BillView> NewBillAsync(TenantInfo tenant)
    {
        var manager = host.StaffClient(tenant, RoleTemplates.TenantAdmin);
        var note = await (await manager.PostJsonAsync($"/t/{tenant.Code}/api/notes", new CreateNote("billed", null))).ReadAsync<NoteDto>();
        return await (await manager.PostAsync($"/t/{tenant.Code}/api/notes/{note.Id}/bill", null)).ReadAsync<BillView>();
    }

    private async Task<IReadOnlyList<(int, string, ApplyResult)>> ImportAsync(TenantInfo tenant, string csv)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
        var applier = scope.ServiceProvider.GetRequiredService<BankTransactionApplier>();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var (rows, errors) = BankFile.Read(new StringReader(csv));
        Assert.Empty(errors);
        var results = new List<(int, string, ApplyResult)>();
        foreach (var (line, row) in rows)
        {
            results.Add((line, row.Ref1, await applier.ApplyAsync(row, "file:test.csv", CancellationToken.None)));
            db.ChangeTracker.Clear();
        }
        return results;
    }

    [Fact]
    public async Task BankFile_AppliesMatchingRows_ListsTheRest_AndReimportingChangesNothing()
    {
        var lao = await ReceivingLaoAsync();
        var paid = await NewBillAsync(lao);
        var other = await ForeignBillAsync(); // another LAO's bill: not found in this LAO's import
        var reference = Guid.NewGuid().ToString("N")[..10];
        var csv = $"""
            ref1,ref2,amount,paid_at,bank_reference
            {paid.Number.Replace("-", "")},,100.00,{host.Clock.GetUtcNow():O},A{reference}
            {other.Number.Replace("-", "")},,100.00,{host.Clock.GetUtcNow():O},B{reference}
            NOSUCHBILL,,50.00,2026-11-21 10:00:00,C{reference}
            """;

        var first = await ImportAsync(lao, csv);
        Assert.Equal([ApplyOutcome.Applied, ApplyOutcome.NeedsReview, ApplyOutcome.NeedsReview], first.Select(r => r.Item3.Outcome));
        var again = await ImportAsync(lao, csv);
        Assert.All(again, r => Assert.Equal(ApplyOutcome.AlreadyImported, r.Item3.Outcome));

        var details = await (await host.StaffClient(lao, RoleTemplates.Cashier).GetAsync($"/t/{lao.Code}/api/payments/bills/{paid.Id}")).ReadAsync<BillDetails>();
        Assert.Equal(BillStatus.Paid, details.Bill.Status);
        Assert.Equal(PaymentChannel.PromptPay, Assert.Single(details.Payments).Channel);
        var betaBill = await (await host.StaffClient(host.Beta, RoleTemplates.Cashier).GetAsync($"/t/beta/api/payments/bills/{other.Id}")).ReadAsync<BillDetails>();
        Assert.Empty(betaBill.Payments);
    }

    [Fact]
    public async Task Notification_WithAValidSignature_PaysTheBill_AndAReplayChangesNothing()
    {
        var lao = await ReceivingLaoAsync();
        await SetSecretAsync(lao);
        var bill = await NewBillAsync(lao);
        var body = Body(bill.Number.Replace("-", ""), 100m, "N" + Guid.NewGuid().ToString("N")[..12]);

        var first = await SendAsync(lao, body, Now(), sign: true);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Applied", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var replay = await SendAsync(lao, body, Now(), sign: true);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("AlreadyImported", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var details = await (await host.StaffClient(lao, RoleTemplates.Cashier).GetAsync($"/t/{lao.Code}/api/payments/bills/{bill.Id}")).ReadAsync<BillDetails>();
        Assert.Single(details.Payments);
    }

    [Fact]
    public async Task Notification_WithABadSignature_OrAnOldTimestamp_IsRefused()
    {
        var lao = await ReceivingLaoAsync();
        await SetSecretAsync(lao);
        var bill = await NewBillAsync(lao);
        var body = Body(bill.Number.Replace("-", ""), 100m, "X" + Guid.NewGuid().ToString("N")[..12]);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(lao, body, Now(), sign: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(lao, body, Now() - 3600, sign: true)).StatusCode);
        var tampered = await SendAsync(lao, body, Now(), sign: true, tamper: true);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);

        var details = await (await host.StaffClient(lao, RoleTemplates.Cashier).GetAsync($"/t/{lao.Code}/api/payments/bills/{bill.Id}")).ReadAsync<BillDetails>();
        Assert.Empty(details.Payments);
    }

    [Fact]
    public async Task Notification_LargerThanANotificationCanBe_Is413_ChunkedOrNot_AndPaysNothing()
    {
        var lao = await ReceivingLaoAsync();
        await SetSecretAsync(lao);
        var bill = await NewBillAsync(lao);
        // a real notification padded past the limit and signed correctly: its size alone refuses it
        var padded = Body(bill.Number.Replace("-", ""), 100m, "P" + Guid.NewGuid().ToString("N")[..12]).TrimEnd('}')
            + ",\"note\":\"" + new string('x', (int)PromptPayNotifications.MaxBodyBytes) + "\"}";
        var ts = Now().ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var chunked in new[] { false, true })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{lao.Code}/api/payments/promptpay/notifications")
            {
                Content = chunked ? new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(padded))) : new StringContent(padded, Encoding.UTF8),
            };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            request.Headers.TransferEncodingChunked = chunked;
            request.Headers.Add(PromptPayNotifications.TimestampHeader, ts);
            request.Headers.Add(PromptPayNotifications.SignatureHeader, PromptPayNotifications.Sign(Secret, ts, padded));
            using var response = await host.AnonymousClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }

        var details = await (await host.StaffClient(lao, RoleTemplates.Cashier).GetAsync($"/t/{lao.Code}/api/payments/bills/{bill.Id}")).ReadAsync<BillDetails>();
        Assert.Empty(details.Payments);
    }

    [Fact]
    public async Task Notification_ForAnotherLaosBill_IsNotAppliedHere()
    {
        var lao = await ReceivingLaoAsync();
        await SetSecretAsync(lao);
        var betaBill = await ForeignBillAsync();
        var response = await SendAsync(lao, Body(betaBill.Number.Replace("-", ""), 100m, "Y" + Guid.NewGuid().ToString("N")[..12]), Now(), sign: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var details = await (await host.StaffClient(host.Beta, RoleTemplates.Cashier).GetAsync($"/t/beta/api/payments/bills/{betaBill.Id}")).ReadAsync<BillDetails>();
        Assert.Empty(details.Payments);
    }

    private Task SetSecretAsync(TenantInfo lao) =>
        host.Services.GetRequiredService<ISettingManager>().SetForTenantAsync(lao.Id, PromptPayNotifications.SecretSetting, Secret);

    private long Now() => host.Clock.GetUtcNow().ToUnixTimeSeconds();

    private string Body(string ref1, decimal amount, string bankReference) => JsonSerializer.Serialize(new
    {
        ref1, amount, paidAt = host.Clock.GetUtcNow(), bankReference,
    });

    private async Task<HttpResponseMessage> SendAsync(TenantInfo lao, string body, long timestamp, bool sign, bool tamper = false)
    {
        var ts = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{lao.Code}/api/payments/promptpay/notifications")
        {
            Content = new StringContent(tamper ? body.Replace("100", "1", StringComparison.Ordinal) : body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(PromptPayNotifications.TimestampHeader, ts);
        request.Headers.Add(PromptPayNotifications.SignatureHeader, sign ? PromptPayNotifications.Sign(Secret, ts, body) : "sha256=00");
        return await host.AnonymousClient().SendAsync(request);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReconciliationTests(SqliteHost host) : ReconciliationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReconciliationTests(PostgresHost host) : ReconciliationTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlReconciliationTests(MySqlHost host) : ReconciliationTests(host);
