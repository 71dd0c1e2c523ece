using System.Globalization;
using LocalGov.TestSupport;

namespace LocalGov.Browser.Tests.Infrastructure;

/// <summary>The mail the host dropped into its pickup directory (<see cref="RunningHost.MailDirectory"/>), read as a person reads it.</summary>
internal static class PickupMail
{
    /// <summary>Waits up to a minute for a message to <paramref name="to"/> whose text contains <paramref name="part"/>.</summary>
    public static async Task<MailText> WaitForAsync(RunningHost host, string to, string part)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var found = Directory.Exists(host.MailDirectory)
                ? Directory.GetFiles(host.MailDirectory, "*.eml").Select(MailText.Load)
                    .FirstOrDefault(m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase) && m.Body.Contains(part, StringComparison.Ordinal))
                : null;
            if (found is not null)
            {
                return found;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"No mail to {to} with {part} in {host.MailDirectory} within 60 s"));
    }
}
