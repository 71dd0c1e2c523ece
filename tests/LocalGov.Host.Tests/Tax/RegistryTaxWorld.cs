using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>A fresh LAO with Tax and Payments, a revenue officer who keeps the register and sets the rates, and a cashier.</summary>
internal sealed partial class RegistryTaxWorld
{
    public required LocalGovHost Host { get; init; }
    public required TenantInfo Tenant { get; init; }
    public required LocalGovUser Officer { get; init; }
    public required LocalGovUser Cashier { get; init; }

    public int Year => BangkokTime.Today(Host.Clock).Year;

    public string Path(string path) => $"/t/{Tenant.Code}{path}";

    public static async Task<RegistryTaxWorld> CreateAsync(LocalGovHost host)
    {
        var code = "rt" + Guid.NewGuid().ToString("N")[..9];
        var tenant = await host.ProvisionAsync(code, $"เทศบาลทดสอบ {code}", $"Test Municipality {code}", ["Tax", "Payments"]);
        var officer = await People.CreateAsync(host, People.NewEmail("revenue"), UserKind.Staff, [RoleTemplates.RevenueOfficer], tenant.Id);
        var cashier = await People.CreateAsync(host, People.NewEmail("cashier"), UserKind.Staff, [RoleTemplates.Cashier], tenant.Id);
        return new RegistryTaxWorld { Host = host, Tenant = tenant, Officer = officer, Cashier = cashier };
    }

    public FormClient OfficerClient => Host.ClientAs(Officer.Id, Tenant.Id, RoleTemplates.RevenueOfficer);
    public FormClient CashierClient => Host.ClientAs(Cashier.Id, Tenant.Id, RoleTemplates.Cashier);

    public Task<T> InScopeAsync<T>(Func<LocalGovDbContext, Task<T>> work) =>
        Host.InTenantAsync(Tenant, services => work(services.GetRequiredService<LocalGovDbContext>()));

    /// <summary>Posts a form at <paramref name="url"/> as the page's antiforgery token allows.</summary>
    public static async Task<(HttpResponseMessage Response, string Html)> PostAsync(FormClient client, string url, params IEnumerable<(string Key, string Value)> fields)
    {
        var response = await client.SubmitAsync(url, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text shown beside a field (its data-error-for paragraph), decoded.</summary>
    public static string ErrorFor(string html, string field) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-error-for=\"{Regex.Escape(field)}\">([^<]*)<").Groups[1].Value);

    /// <summary>Every text input of a page form by name and value, as a browser would send them untouched.</summary>
    public static List<(string Key, string Value)> Inputs(string html) =>
        [.. InputTag().Matches(html).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Where(p => p.Item1 != "__RequestVerificationToken")];

    [GeneratedRegex("<input[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"")]
    private static partial Regex InputTag();
}
