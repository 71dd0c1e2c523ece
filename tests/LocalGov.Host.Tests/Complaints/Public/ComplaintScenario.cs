using System.Text.RegularExpressions;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Complaints.Public;

/// <summary>
/// One LAO with the Complaints module, and complaints put through the real filing and workflow services, with
/// personal details distinctive enough to search every public response for.
/// </summary>
internal sealed partial class ComplaintScenario(LocalGovHost host, TenantInfo lao)
{
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6];

    public TenantInfo Lao { get; } = lao;

    /// <summary>The LAO's address as the tests use it: /t/{code}.</summary>
    public string Path => $"/t/{Lao.Code}";

    // Personal details and staff-only text: none of them may ever appear in a public response.
    public string ReporterName { get; } = $"Somying Secretperson {Run}";
    public string ReporterEmail { get; } = People.NewEmail("reporter-secret");
    public string ReporterPhone { get; } = "089-" + Random.Shared.Next(100, 999) + "-" + Random.Shared.Next(1000, 9999);
    public string OfficerName { get; } = $"Officer Zanzibar {Run}";
    public string InternalNote { get; } = $"INTERNAL-ONLY-{Run}";

    public IEnumerable<string> Secrets => [ReporterName, ReporterEmail, ReporterPhone, OfficerName, InternalNote];

    public static async Task<ComplaintScenario> StartAsync(LocalGovHost host, string prefix, string nameTh = "เทศบาลร้องเรียน", string nameEn = "Complaints Town") =>
        new(host, await host.ProvisionAsync($"{prefix}-{Guid.NewGuid().ToString("N")[..6]}", nameTh, nameEn, ["Complaints"]));

    public async Task<FilingResult> FileAsync(string category, string description, Guid? userId = null, double? lat = 18.7883, double? lng = 98.9853,
        PhotoFile[]? photos = null)
    {
        FilingResult result = null!;
        await InLaoAsync(async services => result = await services.GetRequiredService<ComplaintFiling>().FileAsync(
            new FilingRequest(category, description, lat, lng, "ซอย 5 ถนนทดสอบ", ComplaintChannel.Web,
                new Reporter(userId, ReporterName, ReporterEmail, ReporterPhone)) { Photos = photos ?? [] }));
        return result;
    }

    public Task AssignAsync(string code) => ActAsync(a => a.AssignAsync(code, null, "กองช่าง", Guid.NewGuid(), OfficerName, OfficerName, default));

    public Task StartWorkAsync(string code, string note) => ActAsync(a => a.StartAsync(code, null, note, OfficerName, default));

    public Task NoteAsync(string code) => ActAsync(a => a.AddNoteAsync(code, InternalNote, OfficerName, default));

    public async Task ResolveAsync(string code, string note = "ซ่อมเรียบร้อยแล้ว")
    {
        await AssignAsync(code);
        await ActAsync(a => a.ResolveAsync(code, null, note, null, OfficerName, default));
    }

    public Task RejectAsync(string code, string reason = "ไม่อยู่ในอำนาจหน้าที่") => ActAsync(a => a.RejectAsync(code, null, reason, OfficerName, default));

    public Task RateAsync(string code, int stars, string key) => ActAsync(a => a.RateAsync(code, stars, null, new ReporterProof(null, key), default));

    public Task ActAsync(Func<ComplaintActions, Task> act) => InLaoAsync(services => act(services.GetRequiredService<ComplaintActions>()));

    /// <summary>Moves a complaint's clock into the past (the services stamp "now"), for figures on known dates.</summary>
    public Task SetTimesAsync(string code, DateTime filed, DateTime due, DateTime? resolved) => InLaoAsync(services =>
        services.GetRequiredService<LocalGovDbContext>().Set<Complaint>().Where(c => c.TrackingCode == code)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FiledAt, filed).SetProperty(c => c.DueAt, due).SetProperty(c => c.ResolvedAt, resolved)));

    public async Task<Complaint> LoadAsync(string code)
    {
        Complaint complaint = null!;
        await InLaoAsync(async services => complaint = await services.GetRequiredService<LocalGovDbContext>().Set<Complaint>().AsNoTracking()
            .SingleAsync(c => c.TrackingCode == code));
        return complaint;
    }

    public Task InLaoAsync(Func<IServiceProvider, Task> work) => host.InTenantAsync(Lao, work);

    public FormClient Anonymous() => new(host.AnonymousClient());

    public void AssertNoSecrets(string response, string where)
    {
        foreach (var secret in Secrets)
        {
            Assert.False(response.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{where} shows \"{secret}\"");
        }
    }

    /// <summary>The action of the form marked <c>data-form="{name}"</c>, decoded; null when the page has no such form.</summary>
    public static string? FormAction(string html, string name)
    {
        var form = FormTag().Matches(html).FirstOrDefault(m => m.Value.Contains($"data-form=\"{name}\"", StringComparison.Ordinal));
        return form is null ? null : System.Net.WebUtility.HtmlDecode(Action().Match(form.Value).Groups[1].Value);
    }

    [GeneratedRegex("<form[^>]*>")]
    private static partial Regex FormTag();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex Action();
}
