using System.Security.Claims;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocalGov.Platform.Tests.MultiTenancy;

[Collection(PlatformCollection.Name)]
public sealed class TenantResolutionMiddlewareTests(PlatformFixture fixture)
{
    private async Task<(int Status, TenantInfo? Tenant, string PathBase, string Path)> SendAsync(Action<HttpContext> arrange)
    {
        TenantInfo? seen = null;
        string pathBase = "", path = "";
        var currentTenant = fixture.Services.GetRequiredService<ICurrentTenant>();
        var middleware = new TenantResolutionMiddleware(ctx =>
        {
            seen = currentTenant.Tenant;
            pathBase = ctx.Request.PathBase;
            path = ctx.Request.Path;
            return Task.CompletedTask;
        }, fixture.Services.GetRequiredService<IOptionsMonitor<MultiTenancyOptions>>(), []);

        var context = new DefaultHttpContext { RequestServices = fixture.Services };
        context.Request.Host = new HostString("localhost");
        context.Response.Body = new MemoryStream();
        arrange(context);
        await middleware.InvokeAsync(context, fixture.Services.GetRequiredService<ITenantStore>(), currentTenant);
        Assert.Null(currentTenant.Tenant); // restored after the request
        return (context.Response.StatusCode, seen, pathBase, path);
    }

    [Fact]
    public async Task PathPrefix_MovesIntoPathBase()
    {
        var result = await SendAsync(c => c.Request.Path = "/t/on/api/parks/7");
        Assert.Equal(fixture.On.Id, result.Tenant?.Id);
        Assert.Equal("/t/on", result.PathBase);
        Assert.Equal("/api/parks/7", result.Path);
    }

    [Fact]
    public async Task NoTenantNamed_RunsAsTheHost()
    {
        var result = await SendAsync(c => c.Request.Path = "/");
        Assert.Equal(200, result.Status);
        Assert.Null(result.Tenant);
    }

    [Fact]
    public async Task StaffClaim_IsUsedWhenNothingElseNamesATenant_AndRefusedWhenSomethingElseDoes()
    {
        ClaimsPrincipal StaffOf(TenantInfo t) => new(new ClaimsIdentity([new Claim(TenantClaimTypes.TenantId, t.Id.ToString())], "test"));

        var own = await SendAsync(c => { c.User = StaffOf(fixture.On); c.Request.Path = "/api/parks"; });
        Assert.Equal(fixture.On.Id, own.Tenant?.Id);

        var other = await SendAsync(c => { c.User = StaffOf(fixture.On); c.Request.Path = "/t/off/api/parks"; });
        Assert.Equal(403, other.Status);
        Assert.Null(other.Tenant);
    }

    [Fact]
    public async Task HeaderAndPathDisagreeing_Is400_UnknownCode_Is404()
    {
        var conflicting = await SendAsync(c => { c.Request.Path = "/t/on/"; c.Request.Headers["X-Tenant"] = "off"; });
        Assert.Equal(400, conflicting.Status);

        var unknown = await SendAsync(c => c.Request.Headers["X-Tenant"] = "nowhere");
        Assert.Equal(404, unknown.Status);
    }
}
