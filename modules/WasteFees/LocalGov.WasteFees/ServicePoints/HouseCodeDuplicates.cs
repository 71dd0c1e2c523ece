using LocalGov.Platform.Web;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.ServicePoints;

/// <summary>
/// The duplicate rule for house codes: one house (one house code) may have several service points only when their
/// place names differ — the home and the shop in front of it. The same house code with the same place name (or both
/// without one) as a point still served is a duplicate; a point that stopped before today does not count, so a
/// house can be registered again for a new payer. Place names are compared ignoring case and repeated spaces.
/// </summary>
public sealed class HouseCodeDuplicates(LocalGovDbContext db, TimeProvider clock)
{
    private const int Chunk = 500;

    public static readonly LocalizedText Rule = new(
        "รหัสประจำบ้านเดียวกันมีได้หลายจุดบริการเมื่อชื่อร้าน/สถานที่ต่างกัน (เช่น บ้านและร้านค้าหน้าบ้าน) รหัสประจำบ้านและชื่อสถานที่ซ้ำกับจุดที่ยังให้บริการอยู่ถือว่าซ้ำ",
        "A house code may have several service points only with different place names (e.g. the home and its shop); the same house code and place name as a point still served is a duplicate.");

    /// <summary>The key two points must not share: house code and place name.</summary>
    public static string Key(string houseCode, string? placeName) =>
        houseCode + "|" + string.Join(' ', (placeName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>For the form: the duplicate of this point among those still served, other than itself.</summary>
    public async Task<FieldError?> FindAsync(ServicePointDetails details, Guid? self, CancellationToken cancellationToken)
    {
        if (details.HouseCode is null)
        {
            return null;
        }
        var existing = await ExistingAsync([details.HouseCode], self, cancellationToken);
        return existing.TryGetValue(Key(details.HouseCode, details.PlaceName), out var account) ? Registered(account) : null;
    }

    /// <summary>Account numbers of the points still served with these house codes, by <see cref="Key"/>.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ExistingAsync(IReadOnlyCollection<string> houseCodes, Guid? except, CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in houseCodes.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            var points = await db.Set<ServicePoint>().AsNoTracking()
                .Where(p => p.HouseCode != null && chunk.Contains(p.HouseCode) && (p.StopDate == null || p.StopDate >= today) && p.Id != except)
                .Select(p => new { p.HouseCode, p.PlaceName, p.AccountNo })
                .ToListAsync(cancellationToken);
            foreach (var p in points)
            {
                found.TryAdd(Key(p.HouseCode!, p.PlaceName), p.AccountNo);
            }
        }
        return found;
    }

    public static FieldError Registered(string accountNo) => new("house_code", new(
        $"รหัสประจำบ้านนี้ลงทะเบียนแล้วเป็นจุดบริการ {accountNo} ชื่อสถานที่เดียวกัน (ถ้าเป็นอีกร้าน/สถานที่ในบ้านเดียวกัน ให้ใส่ชื่อร้าน/สถานที่)",
        $"This house code is already registered as service point {accountNo} with the same place name (for another shop or place in the same house, give its place name)."));

    public static FieldError RepeatedInFile(int firstRow) => new("house_code", new(
        $"รหัสประจำบ้านและชื่อสถานที่ซ้ำกับแถวที่ {firstRow} ในไฟล์นี้",
        $"The same house code and place name as row {firstRow} of this file."));
}
