using System.Diagnostics;
using System.Globalization;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>
/// The host's <see cref="TimeProvider"/>. It starts at an instant the suite chooses, never at today's date, and then
/// runs at real speed (timeouts, tokens and polling still see time pass). <c>LOCALGOV_TEST_NOW</c> (an ISO 8601
/// instant, e.g. <c>2027-09-30T05:00:00Z</c>) picks the start; test.sh uses it to run the suite again at fiscal-year
/// and calendar-year boundaries. Tests move the clock with
/// <c>using (host.Clock.Shift(TimeSpan.FromDays(6))) { … }</c>, which puts it back when the block ends, so the other
/// classes sharing the host see the suite's time.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public const string Variable = "LOCALGOV_TEST_NOW";

    /// <summary>The suite's instant when <see cref="Variable"/> is not set: 10:00 in Bangkok on 7 December 2026.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    // One timeline for the whole test process: a host started again on the same database never sees time go back.
    private static readonly DateTimeOffset SuiteStart = Start();
    private static readonly long StartedAt = Stopwatch.GetTimestamp();
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => SuiteStart + Stopwatch.GetElapsedTime(StartedAt) + Offset;

    public IDisposable Shift(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return new Restore(this, by);
    }

    /// <summary>Moves the clock to <paramref name="instant"/> until the returned handle is disposed.</summary>
    public IDisposable ShiftTo(DateTimeOffset instant) => Shift(instant - GetUtcNow());

    /// <summary>The suite's start instant: <see cref="Variable"/> when set, otherwise <see cref="DefaultStart"/>.</summary>
    public static DateTimeOffset Start()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultStart;
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start)
            ? start
            : throw new InvalidOperationException($"{Variable}='{value}' is not an ISO 8601 instant (e.g. 2027-09-30T05:00:00Z).");
    }

    private sealed class Restore(TestClock clock, TimeSpan by) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (!_done)
            {
                _done = true;
                Interlocked.Add(ref clock._offsetTicks, -by.Ticks);
            }
        }
    }
}
