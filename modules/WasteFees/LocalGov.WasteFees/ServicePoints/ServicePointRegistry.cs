using System.Globalization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.FeeClasses;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.ServicePoints;

/// <summary>Creates and changes service points; the one place account numbers are handed out.</summary>
public sealed class ServicePointRegistry(LocalGovDbContext db, WasteSatisfaction satisfaction)
{
    public const string AccountPrefix = "W";

    /// <summary>The LAO's fee classes by code, for <see cref="ServicePointDetails.Validate"/>.</summary>
    public async Task<IReadOnlyDictionary<string, FeeClass>> FeeClassesByCodeAsync(CancellationToken cancellationToken) =>
        (await db.Set<FeeClass>().AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>One house registered at the counter: its payer is asked how the registration went.</summary>
    public async Task<ServicePoint> CreateAsync(ServicePointDetails details, CancellationToken cancellationToken) =>
        (await CreateManyAsync([details], cancellationToken, askPayers: true))[0];

    /// <summary>Adds points with consecutive account numbers in one save (an import of thousands of rows).</summary>
    public async Task<IReadOnlyList<ServicePoint>> CreateManyAsync(IReadOnlyList<ServicePointDetails> details, CancellationToken cancellationToken,
        bool askPayers = false)
    {
        var last = await db.Set<ServicePoint>().MaxAsync(p => (string?)p.AccountNo, cancellationToken);
        var next = last is null ? 1 : int.Parse(last.AsSpan(AccountPrefix.Length), CultureInfo.InvariantCulture) + 1;
        var points = details.Select((d, i) => new ServicePoint(AccountNumber(next + i), d)).ToList();
        db.AddRange(points);
        foreach (var point in askPayers ? points : [])
        {
            await satisfaction.RegisteredAsync(point, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Database.CurrentTransaction is null)
        {
            db.ChangeTracker.Clear();
            throw new BusinessRuleException(new LocalizedText(
                "มีผู้อื่นเพิ่มจุดบริการในเวลาเดียวกัน กรุณาส่งอีกครั้ง", "Someone else added service points at the same moment; please send again."), "", 409);
        }
        return points;
    }

    /// <summary>Changes a point; <paramref name="expectedStamp"/> from the form makes a stale edit a 409.</summary>
    public async Task UpdateAsync(ServicePoint point, ServicePointDetails details, string? expectedStamp, CancellationToken cancellationToken)
    {
        if (expectedStamp is not null)
        {
            db.Entry(point).Property(p => p.ConcurrencyStamp).OriginalValue = expectedStamp;
        }
        point.Apply(details);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static string AccountNumber(int value) => AccountPrefix + value.ToString("D7", CultureInfo.InvariantCulture);
}
