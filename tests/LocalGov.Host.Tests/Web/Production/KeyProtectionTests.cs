using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Web.Production;

/// <summary>
/// Data Protection keys are sealed at rest with a certificate that is not in the database (issue 20, item 8): a copy
/// of the database holds no key in the clear, and the host still reads its own cookies.
/// </summary>
public abstract class KeyProtectionTests(LocalGovHost host)
{
    [Fact]
    public async Task KeysInTheDatabase_AreSealedWithTheCertificate_AndTheHostStillReadsItsCookies()
    {
        var email = People.NewEmail("sealed");
        await People.CreateAsync(host, email, UserKind.Resident, []);
        var client = new FormClient(host.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri($"https://alpha.{LocalGovHost.BaseDomain}"), // this site's, as Production wants
        }));
        // a key is made (or read back) and seals the antiforgery token and the sign-in cookie
        var signedIn = await client.SubmitAsync("/account/login", ("Input.Email", email), ("Input.Password", People.Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<DataProtectionKey>().AsNoTracking().ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            Assert.Contains("<encryptedSecret", k.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", k.Xml, StringComparison.Ordinal); // the key material in the clear
        });
    }
}

public sealed class SqliteKeyProtectionTests(ProductionSqliteHost host) : KeyProtectionTests(host), IClassFixture<ProductionSqliteHost>;

public sealed class PostgresKeyProtectionTests(ProductionPostgresHost host) : KeyProtectionTests(host), IClassFixture<ProductionPostgresHost>;

public sealed class MySqlKeyProtectionTests(ProductionMySqlHost host) : KeyProtectionTests(host), IClassFixture<ProductionMySqlHost>;
