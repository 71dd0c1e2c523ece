namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>
/// The host's <see cref="TimeProvider"/>: real time plus an offset a test can move (SLA and escalation tests).
/// <c>using (host.Clock.Shift(TimeSpan.FromDays(6))) { … }</c> puts the clock back when the block ends, so the
/// other classes sharing the host see real time.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    public IDisposable Shift(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return new Restore(this, by);
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
