using System.Buffers.Text;
using System.Security.Cryptography;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// The LAO's Open311 API keys: made at random, shown once, kept only as a keyed hash (so a copy of the database
/// files no complaints). A key works only in the LAO that issued it and stops working the moment it is revoked.
/// </summary>
public sealed class Open311Keys(LocalGovDbContext db, IPersonalDataVault vault, TimeProvider clock)
{
    private const int MaxKeyLength = 200;

    public static readonly LocalizedText Missing = new(
        "ไม่ได้ส่ง api_key: ขอกุญแจ API จากผู้ดูแลระบบของหน่วยงาน",
        "api_key was not provided: ask the LAO's administrator for an API key.");

    public static readonly LocalizedText Invalid = new(
        "api_key ไม่ถูกต้องหรือถูกยกเลิกแล้ว จึงยื่นเรื่องไม่ได้",
        "Invalid api_key received -- it is unknown here or has been revoked, so the request cannot be created.");

    /// <summary>32 URL-safe characters from 192 random bits.</summary>
    public static string NewKey() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));

    /// <summary>Creates a client and returns its key, which is never shown again.</summary>
    public async Task<(Open311Client Client, string Key)> CreateAsync(string? name, string? contactEmail, CancellationToken cancellationToken)
    {
        var cleanName = Workflow.Complaint.Clean(name) ?? throw new BusinessRuleException(
            new("ตั้งชื่อแอปหรือหน่วยงานที่ใช้กุญแจนี้", "Name the app or organisation that will use this key."), "name");
        if (cleanName.Length > 200)
        {
            throw new BusinessRuleException(new("ชื่อยาวเกิน 200 ตัวอักษร", "The name is longer than 200 characters."), "name");
        }
        var email = Workflow.Complaint.Clean(contactEmail);
        if (email is not null && (email.Length > 256 || !EmailAddress.IsPlausible(email)))
        {
            throw new BusinessRuleException(new("อีเมลติดต่อไม่ถูกต้อง", "The contact email is not valid."), "contactEmail");
        }
        var key = NewKey();
        var client = Open311Client.ForKey(cleanName, key, vault);
        client.ContactEmail = email;
        db.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return (client, key);
    }

    public async Task<Open311Client> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var client = await db.Set<Open311Client>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new BusinessRuleException(new("ไม่พบกุญแจนี้", "No such API key."), null, 404);
        client.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return client;
    }

    /// <summary>The client whose live key this is, or null; no use is counted (the rate limiter asks before the request runs).</summary>
    public async Task<Open311Client?> FindLiveAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
        {
            return null;
        }
        var hash = vault.Hash(key.Trim());
        var client = await db.Set<Open311Client>().AsNoTracking().SingleOrDefaultAsync(c => c.KeyHash == hash, cancellationToken);
        return client is { IsRevoked: false } ? client : null;
    }

    /// <summary>
    /// The client whose live key this is, its use counted; or the reason it is refused (no key, unknown, revoked).
    /// </summary>
    public async Task<(Open311Client? Client, LocalizedText? Refusal)> UseAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return (null, Missing);
        }
        var client = await FindLiveAsync(key, cancellationToken);
        if (client is null)
        {
            return (null, Invalid);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // one statement, so two requests at once both count
        await db.Set<Open311Client>().Where(c => c.Id == client.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.RequestCount, c => c.RequestCount + 1)
            .SetProperty(c => c.LastUsedAt, now), cancellationToken);
        return (client, null);
    }
}
