using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.PersonalData;
using LocalGov.WasteFees.Collection;
using LocalGov.WasteFees.ServicePoints;
using ServicePoint = LocalGov.WasteFees.ServicePoints.ServicePoint;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>A resident's link to a house ends when staff undo it or when the house gets a new payer.</summary>
public abstract class HouseLinkTests(LocalGovHost host)
{
    private static async Task ClaimAsync(WasteWorld world, Guid pointId, Guid userId) =>
        await world.InScopeAsync(async (services, _) =>
        {
            await services.GetRequiredService<ResidentBills>().ClaimAsync(pointId, userId, null, default);
            return 0;
        });

    private static Task<Guid?> LinkOfAsync(WasteWorld world, Guid pointId) =>
        world.InScopeAsync((_, db) => db.Set<ServicePoint>().Where(p => p.Id == pointId).Select(p => p.PayerUserId).SingleAsync());

    [Fact]
    public async Task StaffUnlinkAHouse_AndItCanBeClaimedAgain()
    {
        var world = await WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteWorld.House("5"));
        var wrongResident = Guid.NewGuid();
        await ClaimAsync(world, point.Id, wrongResident);
        var detail = world.Path($"/staff/waste/points/{point.Id}");
        Assert.Contains("data-unlink", await world.OfficerClient.GetPageAsync(detail), StringComparison.Ordinal);

        var response = await world.OfficerClient.SubmitAsync(detail, [], detail + "?handler=Unlink");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await LinkOfAsync(world, point.Id));
        var rightResident = Guid.NewGuid();
        await ClaimAsync(world, point.Id, rightResident);
        Assert.Equal(rightResident, await LinkOfAsync(world, point.Id));
        var collector = await world.CollectorClient.Http.PostAsync(detail + "?handler=Unlink", null);
        Assert.NotEqual(HttpStatusCode.Redirect, collector.StatusCode);
        Assert.Equal(rightResident, await LinkOfAsync(world, point.Id));
    }

    [Fact]
    public async Task ANewPayer_EndsTheLink_ButOtherEditsKeepIt()
    {
        var world = await WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteWorld.House("6"));
        var resident = Guid.NewGuid();
        await ClaimAsync(world, point.Id, resident);

        async Task EditAsync(ServicePointInput input) => await world.InScopeAsync(async (services, db) =>
        {
            var registry = services.GetRequiredService<ServicePointRegistry>();
            var (details, errors) = ServicePointDetails.Validate(input, await registry.FeeClassesByCodeAsync(default),
                services.GetRequiredService<IPersonalDataVault>(), keepStoredId: true);
            Assert.Empty(errors);
            await registry.UpdateAsync((await db.Set<ServicePoint>().FindAsync(point.Id))!, details!, null, default);
            return 0;
        });

        await EditAsync(WasteWorld.House("6", route: "R9"));
        Assert.Equal(resident, await LinkOfAsync(world, point.Id));

        await EditAsync(WasteWorld.House("6", route: "R9") with { PayerName = "ผู้เช่าใหม่ บ้านเลขที่ 6" });
        Assert.Null(await LinkOfAsync(world, point.Id));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteHouseLinkTests(SqliteHost host) : HouseLinkTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresHouseLinkTests(PostgresHost host) : HouseLinkTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlHouseLinkTests(MySqlHost host) : HouseLinkTests(host);
