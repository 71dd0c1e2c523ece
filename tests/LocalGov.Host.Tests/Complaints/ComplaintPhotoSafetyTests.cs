using System.Net;
using System.Text;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.Complaints;

/// <summary>
/// Issue 20, item 7: a complaint photo is read past its first bytes. One that declares absurd dimensions (a bomb for
/// the staff browser that opens it) is refused with the reason and the form kept; one that is published has lost
/// its metadata (the GPS a phone writes, XMP, comments) before it is stored.
/// </summary>
public abstract class ComplaintPhotoSafetyTests(LocalGovHost host)
{
    private static (string, string)[] Form(string description) =>
        [("Input.Category", "road"), ("Input.Description", description), ("Input.Latitude", "18.787700"), ("Input.Longitude", "98.993300"),
         ("Input.Address", "หน้าวัด ถนนท่าแพ")];

    private async Task<FormClient> ResidentAsync()
    {
        var email = People.NewEmail("photographer");
        await People.CreateAsync(host, email, UserKind.Resident, []);
        return await People.SignInAsync(host, email);
    }

    [Fact]
    public async Task APngDeclaringTenGigapixels_IsRefusedWithTheReason_TheFormKept_AndNothingSaved()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var resident = await ResidentAsync();

        var response = await resident.SubmitWithFilesAsync(world.Path("/complaints/new"), Form("ถนนทรุดเป็นหลุมกว้าง"),
            [("photos", "road.png", TestImages.HugePng)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the form again, with the message; never a 500
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("road.png", page, StringComparison.Ordinal);
        Assert.Contains("100,000", page, StringComparison.Ordinal); // the dimensions it declared
        Assert.Contains("ถนนทรุดเป็นหลุมกว้าง", page, StringComparison.Ordinal); // what they typed is kept
        Assert.Equal(0, await world.InScopeAsync((_, db) => db.Set<Complaint>().CountAsync()));
        Assert.Equal(0, await world.InScopeAsync((_, db) => db.Set<ComplaintPhoto>().CountAsync()));

        // a picture cut short is refused the same way
        var cut = await resident.SubmitWithFilesAsync(world.Path("/complaints/new"), Form("ถนนทรุดเป็นหลุมกว้าง"),
            [("photos", "cut.jpg", TestImages.Jpeg[..30].Concat(new byte[] { 0xFF, 0xD9 }).ToArray())]);
        Assert.Equal(HttpStatusCode.OK, cut.StatusCode);
        Assert.Contains("cut.jpg", await cut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await world.InScopeAsync((_, db) => db.Set<Complaint>().CountAsync()));
    }

    [Fact]
    public async Task APublishedPhoto_HasNoGpsXmpOrComment_ButIsTheSamePicture()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var resident = await ResidentAsync();
        var original = TestImages.JpegWithMetadata;
        Assert.Contains("GPS-SECRET", Encoding.ASCII.GetString(original), StringComparison.Ordinal);

        var response = await resident.SubmitWithFilesAsync(world.Path("/complaints/new"), Form("ท่อระบายน้ำอุดตัน"),
            [("photos", "drain.jpg", original)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var photo = await world.InScopeAsync((_, db) => db.Set<ComplaintPhoto>().AsNoTracking().SingleAsync());
        var served = await (await host.AnonymousClient().GetAsync(world.Path($"/complaints/photos/{photo.Id}"))).Content.ReadAsByteArrayAsync();
        var text = Encoding.ASCII.GetString(served);
        foreach (var secret in new[] { "GPS-SECRET", "XMP-SECRET", "COMMENT-SECRET" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
        Assert.Contains("JFIF", text, StringComparison.Ordinal);
        // the picture itself (from the start of scan on) is the same bytes
        var scan = original.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA]);
        Assert.Equal(original[scan..], served[served.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA])..]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteComplaintPhotoSafetyTests(SqliteHost host) : ComplaintPhotoSafetyTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresComplaintPhotoSafetyTests(PostgresHost host) : ComplaintPhotoSafetyTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlComplaintPhotoSafetyTests(MySqlHost host) : ComplaintPhotoSafetyTests(host);
