using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Memory;

namespace LocalGov.Identity.SignIn;

/// <summary>
/// Wrong passwords are counted per remote address first: after <see cref="FailuresPerAddress"/> in
/// <see cref="Window"/> that address may not try again until the window ends, whatever the account. Account lockout
/// (Identity's, at <see cref="FailuresPerAccount"/>) then needs several addresses, so one outsider cannot lock a staff
/// member out by typing wrong passwords on their address. Counted in this node's memory: behind N nodes an address gets
/// up to N times the budget. A request without a remote address (a Unix socket) is not counted: one shared key would
/// let one caller throttle everyone.
/// </summary>
public sealed class SignInThrottle(IMemoryCache cache)
{
    public const int FailuresPerAddress = 5;
    public const int FailuresPerAccount = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public bool IsThrottled(IPAddress? address) =>
        address is not null && cache.TryGetValue(Key(address), out StrongBox<int>? failures) && Volatile.Read(ref failures!.Value) >= FailuresPerAddress;

    public void RecordFailure(IPAddress? address)
    {
        if (address is null)
        {
            return;
        }
        var failures = cache.GetOrCreate(Key(address), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Window;
            return new StrongBox<int>(0);
        })!;
        Interlocked.Increment(ref failures.Value);
    }

    private static string Key(IPAddress address) => "signin-failures:" + address;
}
