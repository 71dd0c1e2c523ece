using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;

namespace LocalGov.Host.Tests.Payments;

/// <summary>The cashier's bill pages name a bill's status in the reader's language, never the enum's English name on a Thai page.</summary>
public abstract class BillStatusLanguageTests(LocalGovHost host)
{
    [Fact]
    public async Task BillStatus_IsInTheReadersLanguage_OnTheBillAndInTheSearchList()
    {
        var admin = host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin);
        var note = await (await admin.PostJsonAsync("/api/notes", new CreateNote("needs a fee", null))).ReadAsync<NoteDto>();
        var bill = await (await admin.PostAsync($"/api/notes/{note.Id}/bill", null)).ReadAsync<BillView>();
        var thai = host.StaffClient(host.Alpha, RoleTemplates.Cashier);

        Assert.Contains("<dd data-bill-status=\"Open\">รอชำระ</dd>", await thai.GetStringAsync($"/cashier/bills/{bill.Id}"), StringComparison.Ordinal);
        Assert.Contains("<td data-bill-status=\"Open\">รอชำระ</td>", await thai.GetStringAsync($"/cashier?q={bill.Number}"), StringComparison.Ordinal);

        await (await thai.PostJsonAsync($"/api/payments/bills/{bill.Id}/payments", new RecordPayment(100m, PaymentChannel.Cash, null, null))).ReadAsync<ReceiptView>();
        Assert.Contains("<dd data-bill-status=\"Paid\">ชำระแล้ว</dd>", await thai.GetStringAsync($"/cashier/bills/{bill.Id}"), StringComparison.Ordinal);

        var english = host.StaffClient(host.Alpha, RoleTemplates.Cashier);
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        Assert.Contains("<dd data-bill-status=\"Paid\">Paid</dd>", await english.GetStringAsync($"/cashier/bills/{bill.Id}"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBillStatusLanguageTests(SqliteHost host) : BillStatusLanguageTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBillStatusLanguageTests(PostgresHost host) : BillStatusLanguageTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlBillStatusLanguageTests(MySqlHost host) : BillStatusLanguageTests(host);
