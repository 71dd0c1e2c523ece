namespace LocalGov.Host.Tests.Infrastructure;

internal static class Eventually
{
    /// <summary>
    /// Retries an assertion until it holds or the time is up. For work the host finishes after the response
    /// (the audit entry is written as the request unwinds; mail is delivered by a job).
    /// </summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> attempt, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            try
            {
                return await attempt();
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
