using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Tax.Rates;

/// <summary>An LAO's rates and timeline for one tax year, as its ordinance set them (a year never set uses the national schedule).</summary>
public sealed class TaxSchedule : Entity, IMultiTenant, IHasConcurrencyStamp
{
    private TaxSchedule() { } // EF Core

    internal TaxSchedule(int year, ScheduleRates rates)
    {
        Year = year;
        Rates = rates;
    }

    public Guid TenantId { get; private set; }
    public int Year { get; private set; }
    public ScheduleRates Rates { get; internal set; } = new();
    /// <summary>The ordinance or decree the rates come from, as the notice cites it.</summary>
    public string? Basis { get; internal set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}
