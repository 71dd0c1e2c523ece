using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Platform.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Authorization;

/// <summary>
/// Issue 20, item 8: every endpoint and page states who may use it (a policy, a permission or [AllowAnonymous]),
/// and one that states nothing is denied by the fallback policy rather than open to anyone.
/// </summary>
public abstract class EndpointPolicyTests(LocalGovHost host)
{
    /// <summary>Each endpoint with what it states: "anonymous", its policies and roles, or "NONE".</summary>
    private IReadOnlyList<(string Endpoint, string Access)> Endpoints() =>
        [.. host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e =>
        {
            var name = e.Metadata.GetMetadata<PageActionDescriptor>() is { } page
                ? $"page {page.ViewEnginePath} ({e.RoutePattern.RawText})"
                : $"{string.Join(",", e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])} {e.RoutePattern.RawText}";
            var authorize = e.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var access = e.Metadata.GetMetadata<IAllowAnonymous>() is not null ? "anonymous"
                : authorize.Count > 0 || e.Metadata.GetMetadata<AuthorizationPolicy>() is not null
                    ? string.Join(" + ", authorize.Select(a => a.Policy ?? (a.Roles is { } roles ? "roles " + roles : "signed in")).DefaultIfEmpty("policy"))
                    : "NONE";
            return (name, access);
        }).OrderBy(e => e.name, StringComparer.Ordinal)];

    [Fact]
    public void EveryEndpoint_StatesItsPolicyOrThatItIsAnonymous()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count > 100, $"only {endpoints.Count} endpoints found");
        var undeclared = endpoints.Where(e => e.Access == "NONE" && !e.Endpoint.EndsWith(NotesEndpoints.EndpointPolicyUndeclared, StringComparison.Ordinal)).ToList();
        Assert.True(undeclared.Count == 0, "Endpoints that state no policy and are not [AllowAnonymous]:\n" +
            string.Join("\n", undeclared.Select(e => e.Endpoint)));
    }

    [Fact]
    public async Task AnEndpointThatStatesNothing_IsDenied_ToAnonymousAndStaffAlike()
    {
        var url = $"/t/{host.Alpha.Code}{NotesEndpoints.EndpointPolicyUndeclared}";
        var anonymous = await host.AnonymousClient().GetAsync(url);
        Assert.True(anonymous.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"anonymous: {(int)anonymous.StatusCode}");
        Assert.DoesNotContain("anyone can read this", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var staff = await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);

        // a path no endpoint has is still a plain 404, not a sign-in page
        Assert.Equal(HttpStatusCode.NotFound, (await host.AnonymousClient().GetAsync($"/t/{host.Alpha.Code}/no-such-page")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEndpointPolicyTests(SqliteHost host) : EndpointPolicyTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEndpointPolicyTests(PostgresHost host) : EndpointPolicyTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlEndpointPolicyTests(MySqlHost host) : EndpointPolicyTests(host);
