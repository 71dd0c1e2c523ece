using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.Reconciliation;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Payments;

/// <summary>
/// Issue 20, item 8: the PromptPay notification secret is write-only on the LAO's settings page: it says "set" or
/// "not set", an empty field keeps it, a new value replaces it, the box removes it, and it is never sent back.
/// </summary>
public abstract class SecretSettingTests(LocalGovHost host)
{
    private const string Field = $"values[{PromptPayNotifications.SecretSetting}]";

    [Fact]
    public async Task TheNotificationSecret_IsNeverShown_AndCanBeKeptReplacedOrRemoved()
    {
        var lao = await host.ProvisionAsync("sec" + Guid.NewGuid().ToString("N")[..8], "เทศบาลรหัสลับ", "Secret Municipality", ["Payments"]);
        var user = await People.CreateAsync(host, People.NewEmail("secadmin"), UserKind.Staff, [RoleTemplates.TenantAdmin], lao.Id);
        var admin = host.ClientAs(user.Id, lao.Id, RoleTemplates.TenantAdmin);
        var url = $"/t/{lao.Code}/admin/settings";
        Task<string?> StoredAsync() => host.InTenantAsync(lao, s => s.GetRequiredService<ISettingProvider>().GetAsync(PromptPayNotifications.SecretSetting));
        const string first = "bank-secret-Zq81xYw";
        const string second = "bank-secret-Kp44mNv";

        Assert.Contains("data-secret-set=\"false\"", await admin.GetPageAsync(url), StringComparison.Ordinal);

        var saved = await (await admin.SubmitAsync(url, (Field, first))).Content.ReadAsStringAsync();
        Assert.DoesNotContain(first, saved, StringComparison.Ordinal);
        Assert.Equal(first, await StoredAsync());

        var page = await admin.GetPageAsync(url);
        Assert.DoesNotContain(first, page, StringComparison.Ordinal);
        Assert.Contains("data-secret-set=\"true\"", page, StringComparison.Ordinal);

        await admin.SubmitAsync(url, (Field, ""), ("contactPhone", "053-000-111")); // saving other settings keeps it
        Assert.Equal(first, await StoredAsync());

        await admin.SubmitAsync(url, (Field, second));
        Assert.Equal(second, await StoredAsync());
        Assert.DoesNotContain(second, await admin.GetPageAsync(url), StringComparison.Ordinal);

        await admin.SubmitAsync(url, (Field, ""), ($"clear[{PromptPayNotifications.SecretSetting}]", "true"));
        Assert.Null(await StoredAsync());
        Assert.Contains("data-secret-set=\"false\"", await admin.GetPageAsync(url), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSecretSettingTests(SqliteHost host) : SecretSettingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSecretSettingTests(PostgresHost host) : SecretSettingTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlSecretSettingTests(MySqlHost host) : SecretSettingTests(host);
