using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Payments;

/// <summary>A source module bills through Payments; a cashier takes the money; the source module hears BillPaid.</summary>
public abstract class CounterPaymentTests(LocalGovHost host)
{
    private async Task<(NoteDto Note, BillView Bill)> BilledNoteAsync()
    {
        var manager = host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin);
        var note = await (await manager.PostJsonAsync("/api/notes", new CreateNote("needs a fee", null))).ReadAsync<NoteDto>();
        var bill = await (await manager.PostAsync($"/api/notes/{note.Id}/bill", null)).ReadAsync<BillView>();
        return (note, bill);
    }

    [Fact]
    public async Task Cashier_TakesTheFullAmount_GetsAReceipt_AndTheSourceModuleHearsBillPaid()
    {
        var (note, bill) = await BilledNoteAsync();
        Assert.Matches(@"^BIL-\d{4}-\d{6}$", bill.Number);
        var cashier = host.StaffClient(host.Alpha, RoleTemplates.Cashier);
        var details = await (await cashier.GetAsync($"/api/payments/bills/{bill.Id}")).ReadAsync<BillDetails>();
        Assert.Equal(100m, details.Bill.DueAsOf.Total);

        var response = await cashier.PostJsonAsync($"/api/payments/bills/{bill.Id}/payments",
            new RecordPayment(100m, PaymentChannel.Cash, details.ConcurrencyStamp, null));
        var receipt = await response.ReadAsync<ReceiptView>();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Matches(@"^RCP-\d{4}-\d{6}$", receipt.ReceiptNumber);
        Assert.Equal(100m, receipt.Principal);

        var after = await (await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).GetAsync($"/api/notes/{note.Id}")).ReadAsync<NoteDto>();
        Assert.True(after.Reviewed); // the Notes module's BillPaid handler ran in the payment's transaction
        var paid = await (await cashier.GetAsync($"/api/payments/bills/{bill.Id}")).ReadAsync<BillDetails>();
        Assert.Equal(BillStatus.Paid, paid.Bill.Status);
        Assert.Single(paid.Payments);
    }

    [Fact]
    public async Task VoidingAReceipt_ReopensTheBill_TellsTheSourceModule_AndNeverReusesTheNumber()
    {
        var (note, bill) = await BilledNoteAsync();
        var cashier = host.StaffClient(host.Alpha, RoleTemplates.Cashier);
        var receipt = await (await cashier.PostJsonAsync($"/api/payments/bills/{bill.Id}/payments",
            new RecordPayment(100m, PaymentChannel.Cash, null, null))).ReadAsync<ReceiptView>();

        var asCashier = new FormClient(host.StaffClient(host.Alpha, RoleTemplates.Cashier));
        var refused = await asCashier.SubmitAsync($"/receipts/{receipt.ReceiptNumber}", [new("reason", "x")], $"/receipts/{receipt.ReceiptNumber}?handler=Void");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var admin = new FormClient(host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin));
        var voided = await admin.SubmitAsync($"/receipts/{receipt.ReceiptNumber}", [new("reason", "รับเงินซ้ำ")], $"/receipts/{receipt.ReceiptNumber}?handler=Void");
        Assert.Equal(HttpStatusCode.Redirect, voided.StatusCode);
        Assert.Contains("data-voided", await admin.GetPageAsync($"/receipts/{receipt.ReceiptNumber}"), StringComparison.Ordinal);

        var reopened = await (await cashier.GetAsync($"/api/payments/bills/{bill.Id}")).ReadAsync<BillDetails>();
        Assert.Equal(BillStatus.Open, reopened.Bill.Status);
        var after = await (await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).GetAsync($"/api/notes/{note.Id}")).ReadAsync<NoteDto>();
        Assert.False(after.Reviewed); // the source module heard BillPaymentVoided

        var again = await (await cashier.PostJsonAsync($"/api/payments/bills/{bill.Id}/payments",
            new RecordPayment(100m, PaymentChannel.Cash, null, null))).ReadAsync<ReceiptView>();
        Assert.True(string.CompareOrdinal(again.ReceiptNumber, receipt.ReceiptNumber) > 0);
    }

    [Fact]
    public async Task TwoCashiersPayingOneBillAtOnce_OneSucceeds_TheOtherGetsAConflict()
    {
        var (_, bill) = await BilledNoteAsync();
        var first = host.StaffClient(host.Alpha, RoleTemplates.Cashier);
        var second = host.StaffClient(host.Alpha, RoleTemplates.Cashier);
        var stamp = (await (await first.GetAsync($"/api/payments/bills/{bill.Id}")).ReadAsync<BillDetails>()).ConcurrencyStamp;

        var responses = await Task.WhenAll(
            first.PostJsonAsync($"/api/payments/bills/{bill.Id}/payments", new RecordPayment(100m, PaymentChannel.Cash, stamp, null)),
            second.PostJsonAsync($"/api/payments/bills/{bill.Id}/payments", new RecordPayment(100m, PaymentChannel.Transfer, stamp, null)));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        Assert.Equal(1, await db.Set<Payment>().IgnoreQueryFilters().CountAsync(p => p.BillId == bill.Id));
    }

    [Fact]
    public async Task TwoPartialPaymentsOfAPartPaidBillAtOnce_NeverOverwriteEachOther()
    {
        var (_, bill) = await BilledNoteAsync();
        var cashier = host.StaffClient(host.Alpha, RoleTemplates.Cashier);
        await cashier.PostJsonAsync($"/api/payments/bills/{bill.Id}/payments", new RecordPayment(10m, PaymentChannel.Cash, null, null));

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => host.StaffClient(host.Alpha, RoleTemplates.Cashier)
            .PostJsonAsync($"/api/payments/bills/{bill.Id}/payments", new RecordPayment(20m, PaymentChannel.Cash, null, null))));

        var details = await (await cashier.GetAsync($"/api/payments/bills/{bill.Id}")).ReadAsync<BillDetails>();
        var received = details.Payments.Sum(p => p.Principal);
        Assert.Equal(received, details.Bill.PrincipalPaid); // every receipt is in the bill, none lost
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
    }

    [Fact]
    public async Task RevenueOfficer_CancelsAnUnpaidBillWithAReason_ThenItTakesNoMoney()
    {
        var (_, bill) = await BilledNoteAsync();
        var officer = host.StaffClient(host.Alpha, RoleTemplates.RevenueOfficer);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostJsonAsync($"/api/payments/bills/{bill.Id}/cancel", new CancelBill(" "))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.StaffClient(host.Alpha, RoleTemplates.Cashier)
            .PostJsonAsync($"/api/payments/bills/{bill.Id}/cancel", new CancelBill("no"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostJsonAsync($"/api/payments/bills/{bill.Id}/cancel", new CancelBill("ออกซ้ำ"))).StatusCode);

        var refused = await host.StaffClient(host.Alpha, RoleTemplates.Cashier).PostJsonAsync($"/api/payments/bills/{bill.Id}/payments",
            new RecordPayment(100m, PaymentChannel.Cash, null, null));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("ยกเลิก", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overpayment_IsRefusedWithTheAmountDue_AndNothingIsRecorded()
    {
        var (_, bill) = await BilledNoteAsync();
        var cashier = host.StaffClient(host.Alpha, RoleTemplates.Cashier);
        var response = await cashier.PostJsonAsync($"/api/payments/bills/{bill.Id}/payments", new RecordPayment(150m, PaymentChannel.Cash, null, null));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("100.00", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await (await cashier.GetAsync($"/api/payments/bills/{bill.Id}")).ReadAsync<BillDetails>()).Payments);
    }

    [Fact]
    public async Task AnotherLaosCashier_CannotSeeOrPayTheBill_AndStaffWithoutTheRoleCannotPay()
    {
        var (_, bill) = await BilledNoteAsync();
        var beta = host.StaffClient(host.Beta, RoleTemplates.Cashier);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/api/payments/bills/{bill.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.PostJsonAsync($"/api/payments/bills/{bill.Id}/payments",
            new RecordPayment(100m, PaymentChannel.Cash, null, null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.StaffClient(host.Alpha, RoleTemplates.BuildingOfficer)
            .GetAsync($"/api/payments/bills/{bill.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.StaffClient(host.Gamma, RoleTemplates.TenantAdmin)
            .GetAsync("/t/gamma/api/payments/bills")).StatusCode); // Payments is off for gamma
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCounterPaymentTests(SqliteHost host) : CounterPaymentTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCounterPaymentTests(PostgresHost host) : CounterPaymentTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlCounterPaymentTests(MySqlHost host) : CounterPaymentTests(host);
