using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Open311;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Complaints.Open311;

/// <summary>
/// An LAO with the Complaints module for one Open311 test class (the shared tenants have no Complaints), made once
/// per host, with an API key and helpers that file and work complaints the way staff and residents do.
/// </summary>
public sealed class Open311Lao
{
    private static readonly ConditionalWeakTable<LocalGovHost, ConcurrentDictionary<string, Lazy<Task<Open311Lao>>>> Made = [];

    private readonly LocalGovHost host;

    private Open311Lao(LocalGovHost host, TenantInfo tenant, string key)
    {
        this.host = host;
        Tenant = tenant;
        Key = key;
    }

    public TenantInfo Tenant { get; }

    /// <summary>A live API key of this LAO.</summary>
    public string Key { get; }

    /// <summary>The Open311 root of this LAO by path prefix: <c>/t/{code}/open311/v2</c>.</summary>
    public string Root => $"/t/{Tenant.Code}/open311/v2";

    public static Task<Open311Lao> GetAsync(LocalGovHost host, string code, Action<Tenant>? adjust = null) =>
        Made.GetOrCreateValue(host).GetOrAdd(code, _ => new Lazy<Task<Open311Lao>>(() => CreateAsync(host, code, adjust))).Value;

    private static async Task<Open311Lao> CreateAsync(LocalGovHost host, string code, Action<Tenant>? adjust)
    {
        var tenant = await host.ProvisionAsync(code, $"เทศบาล {code}", $"{code} Municipality", ["Complaints"], adjust);
        var lao = new Open311Lao(host, tenant, "");
        var (_, key) = await lao.InScopeAsync(s => s.GetRequiredService<Open311Keys>().CreateAsync("Test app " + code, null, CancellationToken.None));
        return new Open311Lao(host, tenant, key);
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => host.InTenantAsync(Tenant, work);

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => host.InTenantAsync(Tenant, work);

    /// <summary>Files a complaint as a resident would on the web (or, with <paramref name="confirmByEmail"/>, awaiting confirmation).</summary>
    public Task<Complaint> FileAsync(string category, string description, Reporter? reporter = null, bool confirmByEmail = false,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? attributes = null) =>
        InScopeAsync(async s => (await s.GetRequiredService<ComplaintFiling>().FileAsync(
            new FilingRequest(category, description, 18.79, 98.98, "ถนนทดสอบ", ComplaintChannel.Web, reporter ?? new Reporter(Name: "ผู้แจ้งทดสอบ"))
            {
                ConfirmByEmail = confirmByEmail,
                Attributes = attributes,
            })).Complaint);

    public Task ActAsync(Func<ComplaintActions, Task> act) => InScopeAsync(s => act(s.GetRequiredService<ComplaintActions>()));

    /// <summary>Moves a complaint's filing time, as if it had been filed then.</summary>
    public Task BackdateAsync(Guid complaintId, DateTime filedAt) => InScopeAsync(s =>
        s.GetRequiredService<LocalGovDbContext>().Set<Complaint>().Where(c => c.Id == complaintId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.FiledAt, filedAt).SetProperty(c => c.UpdatedAt, filedAt)));

    public Task<Complaint> FindAsync(string trackingCode) => InScopeAsync(s =>
        s.GetRequiredService<LocalGovDbContext>().Set<Complaint>().AsNoTracking().SingleAsync(c => c.TrackingCode == trackingCode));

    public Task<LocalGov.Complaints.Open311.Open311Client> ClientAsync(string key) => InScopeAsync(s =>
    {
        var hash = s.GetRequiredService<LocalGov.Platform.PersonalData.IPersonalDataVault>().Hash(key);
        return s.GetRequiredService<LocalGovDbContext>().Set<LocalGov.Complaints.Open311.Open311Client>().AsNoTracking().SingleAsync(c => c.KeyHash == hash);
    });

    /// <summary>Adds a category of the LAO's own (e.g. with a multi-value question).</summary>
    public Task AddCategoryAsync(Category category) => InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<LocalGovDbContext>();
        db.Add(category);
        await db.SaveChangesAsync();
    });
}
