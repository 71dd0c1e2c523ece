using Microsoft.Playwright;

namespace LocalGov.Browser.Tests.Infrastructure;

internal static class Waits
{
    /// <summary>
    /// Wait for the address only, not for the page's load event: after a form post and redirect the load event can
    /// come before the wait begins, and waiting for it again hangs. The element checks that follow wait by themselves.
    /// </summary>
    public static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };
}
