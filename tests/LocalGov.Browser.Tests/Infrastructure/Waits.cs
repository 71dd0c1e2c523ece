using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocalGov.Browser.Tests.Infrastructure;

internal static class Waits
{
    /// <summary>
    /// Waits until the page's address matches <paramref name="glob"/> (<c>**</c> any characters, <c>*</c> any but
    /// <c>/</c>) by polling the address alone. Not <c>WaitForURLAsync</c>: when the address already matches it waits
    /// for the load event even when told to wait for the commit only (playwright-dotnet#3365), and after a form post
    /// and redirect that wait can hang. The element checks that follow wait for the page by themselves.
    /// </summary>
    public static Task WaitForAddressAsync(this IPage page, string glob) =>
        Assertions.Expect(page).ToHaveURLAsync(Pattern(glob), new() { Timeout = 30_000 });

    private static Regex Pattern(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '*')
            {
                var any = i + 1 < glob.Length && glob[i + 1] == '*';
                pattern.Append(any ? ".*" : "[^/]*");
                i += any ? 1 : 0;
            }
            else
            {
                pattern.Append(Regex.Escape(glob[i].ToString()));
            }
        }
        return new Regex(pattern.Append('$').ToString()); // no options: Playwright hands the pattern to the browser as a JavaScript regular expression
    }
}
