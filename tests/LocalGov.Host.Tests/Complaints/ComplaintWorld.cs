using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Complaints;

/// <summary>
/// A fresh LAO with the Complaints module (its categories seeded), a supervisor (tenant admin) and an officer who
/// are real accounts, and clients acting as them. Each test makes its own, so tests never see each other's data.
/// </summary>
internal sealed class ComplaintWorld
{
    public required LocalGovHost Host { get; init; }
    public required TenantInfo Tenant { get; init; }
    public required LocalGovUser Supervisor { get; init; }
    public required LocalGovUser Officer { get; init; }

    public string Path(string path) => $"/t/{Tenant.Code}{path}";

    public static async Task<ComplaintWorld> CreateAsync(LocalGovHost host, string province = "50")
    {
        var code = "c" + Guid.NewGuid().ToString("N")[..10];
        var tenant = await host.ProvisionAsync(code, $"เทศบาลทดสอบ {code}", $"Test Municipality {code}", ["Complaints"]);
        if (province != "50")
        {
            throw new ArgumentException("Test LAOs are provisioned in Chiang Mai (50).", nameof(province));
        }
        var supervisor = await People.CreateAsync(host, People.NewEmail("supervisor"), UserKind.Staff, [RoleTemplates.TenantAdmin], tenant.Id);
        var officer = await People.CreateAsync(host, People.NewEmail("officer"), UserKind.Staff, [RoleTemplates.ComplaintsOfficer], tenant.Id);
        return new ComplaintWorld { Host = host, Tenant = tenant, Supervisor = supervisor, Officer = officer };
    }

    /// <summary>A browser-like client acting as <paramref name="user"/> with <paramref name="role"/>.</summary>
    public FormClient As(LocalGovUser user, string role) => Host.ClientAs(user.Id, Tenant.Id, role);

    public FormClient SupervisorClient => As(Supervisor, RoleTemplates.TenantAdmin);
    public FormClient OfficerClient => As(Officer, RoleTemplates.ComplaintsOfficer);

    /// <summary>Files through the service, as a channel would (staff intake by default: received at once).</summary>
    public async Task<Complaint> FileAsync(string category = "street-light", string description = "ไฟฟ้าส่องสว่างดับทั้งซอย",
        double? lat = 18.7877, double? lng = 98.9933, Reporter? reporter = null, bool confirmByEmail = false,
        ComplaintChannel channel = ComplaintChannel.Phone)
    {
        var result = await InScopeAsync((services, _) => services.GetRequiredService<ComplaintFiling>().FileAsync(
            new FilingRequest(category, description, lat, lng, "ซอย 5 ถนนท่าแพ", channel,
                reporter ?? new Reporter(null, "นางสาวทดสอบ ผู้แจ้ง", People.NewEmail("caller"), "081-234-5678"))
            { ConfirmByEmail = confirmByEmail }));
        return result.Complaint;
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work) =>
        Host.InTenantAsync(Tenant, services => work(services, services.GetRequiredService<LocalGovDbContext>()));

    public Task<Complaint> ReloadAsync(Guid id) =>
        InScopeAsync((_, db) => db.Set<Complaint>().AsNoTracking().SingleAsync(c => c.Id == id));

    public Task<List<ComplaintEvent>> TimelineAsync(Guid id) =>
        InScopeAsync((_, db) => db.Set<ComplaintEvent>().AsNoTracking().Where(e => e.ComplaintId == id).OrderBy(e => e.At).ToListAsync());
}
