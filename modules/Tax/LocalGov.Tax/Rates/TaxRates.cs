using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Rates;

/// <summary>The current LAO's rates for a year: its own schedule when it set one, otherwise the national schedule.</summary>
public sealed class TaxRates(LocalGovDbContext db, IAuditScope audit)
{
    public const int FirstYear = 2020; // the Act's first tax year
    public const int LastYearAhead = 1;

    public static bool IsKnownYear(int year, int currentYear) => year >= FirstYear && year <= currentYear + LastYearAhead;

    public async Task<ScheduleRates> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        var own = await db.Set<TaxSchedule>().AsNoTracking().SingleOrDefaultAsync(s => s.Year == year, cancellationToken);
        return own?.Rates ?? NationalSchedule.For(year);
    }

    public Task<TaxSchedule?> FindAsync(int year, CancellationToken cancellationToken) =>
        db.Set<TaxSchedule>().SingleOrDefaultAsync(s => s.Year == year, cancellationToken);

    /// <summary>Saves the LAO's schedule for a year after checking it against the law; nothing is saved when any check fails.</summary>
    public async Task<TaxSchedule> SaveAsync(int year, ScheduleRates rates, string? basis, string? expectedStamp, CancellationToken cancellationToken)
    {
        var errors = LegalCeilings.Check(rates, year);
        if (errors.Count > 0)
        {
            throw new BusinessRuleException(new LocalizedText(string.Join(" ", errors.Select(e => e.Message.Th)), string.Join(" ", errors.Select(e => e.Message.En))),
                errors[0].Field);
        }
        var schedule = await FindAsync(year, cancellationToken);
        if (schedule is null)
        {
            schedule = new TaxSchedule(year, rates);
            db.Add(schedule);
        }
        else
        {
            if (expectedStamp is not null)
            {
                db.Entry(schedule).Property(s => s.ConcurrencyStamp).OriginalValue = expectedStamp;
            }
            schedule.Rates = rates;
        }
        schedule.Basis = string.IsNullOrWhiteSpace(basis) ? null : basis.Trim()[..Math.Min(basis.Trim().Length, 300)];
        audit.AddAction("Tax.RatesSaved", $"tax year {year}");
        await db.SaveChangesAsync(cancellationToken);
        return schedule;
    }
}
