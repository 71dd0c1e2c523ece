using System.Net;
using LocalGov.Complaints;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Settings;
using LocalGov.Tax;
using LocalGov.WasteFees;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Complaints.Public;

/// <summary>
/// A typo in an LAO's settings ("abc" days) is refused on the settings page, with every other value kept as typed,
/// and a bad value already stored can never break the public page that reads it.
/// </summary>
public abstract class SettingTypoTests(LocalGovHost host)
{
    private static readonly string ReopenField = $"values[{ComplaintActions.ReopenDaysSetting}]";

    [Fact]
    public async Task ATypoInReopenDays_IsRefusedBesideItsField_AndTheOtherEditsStayOnTheForm()
    {
        var lao = await ComplaintScenario.StartAsync(host, "set");
        var adminUser = await People.CreateAsync(host, People.NewEmail("setadmin"), UserKind.Staff, [RoleTemplates.TenantAdmin], lao.Lao.Id);
        var admin = host.ClientAs(adminUser.Id, lao.Lao.Id, RoleTemplates.TenantAdmin);

        var response = await admin.SubmitAsync($"{lao.Path}/admin/settings",
            (ReopenField, "abc"), ($"values[{ComplaintActions.AutoCloseDaysSetting}]", "21"), ("contactPhone", "053-111-222"));

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 90", page, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"status\"", page, StringComparison.Ordinal); // no "saved"
        Assert.Contains("value=\"abc\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"21\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"053-111-222\"", page, StringComparison.Ordinal);
        var stored = await host.InTenantAsync(lao.Lao, services => services.GetRequiredService<ISettingProvider>().GetAsync(ComplaintActions.AutoCloseDaysSetting));
        Assert.Equal("14", stored); // nothing of the form was saved

        // a yes/no setting is a choice, not a word to type
        Assert.Contains($"<select id=\"{TaxSettings.AutoAssess}\"", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"{WasteFeesSettings.BillingDay}\" name=\"values[{WasteFeesSettings.BillingDay}]\" value=\"1\" inputmode=\"numeric\"", page,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadValueAlreadyStored_ReadsAsTheDefault_AndTheTrackingPageStillAnswers()
    {
        var lao = await ComplaintScenario.StartAsync(host, "sbd");
        var filed = await lao.FileAsync("drainage", "ท่ออุดตันหน้าบ้าน");
        var code = filed.Complaint.TrackingCode!;
        await lao.ResolveAsync(code);
        await host.Services.GetRequiredService<ISettingManager>().SetForTenantAsync(lao.Lao.Id, ComplaintActions.ReopenDaysSetting, "abc");

        var response = await host.AnonymousClient().GetAsync($"{lao.Path}/complaints/track/{code}?key={filed.AccessKey}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, await host.InTenantAsync(lao.Lao, services =>
            ComplaintsSettings.ReopenDays.ReadAsync(services.GetRequiredService<ISettingProvider>())));
        Assert.NotNull(ComplaintScenario.FormAction(await response.Content.ReadAsStringAsync(), "reopen")); // within the default 7 days
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSettingTypoTests(SqliteHost host) : SettingTypoTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSettingTypoTests(PostgresHost host) : SettingTypoTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlSettingTypoTests(MySqlHost host) : SettingTypoTests(host);
