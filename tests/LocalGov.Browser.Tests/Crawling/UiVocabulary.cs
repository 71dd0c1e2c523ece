using System.Text.RegularExpressions;

namespace LocalGov.Browser.Tests.Crawling;

/// <summary>
/// The project's own bilingual texts, read from its sources: every pair of a Thai string literal and the English
/// literal beside it (<c>T("ไทย", "English")</c>, <c>new LocalizedText(…)</c>, <c>IsThai ? "ไทย" : "English"</c>).
/// <see cref="EnglishWords"/> are the words of the English halves that no Thai half uses: on a Thai page they can only
/// come from an English text shown to a Thai reader. Proper nouns, codes and product names (LocalGov, PromptPay, QR,
/// PDF, Open311) are written in the Thai halves too, so they drop out by themselves; nothing is listed by hand.
/// </summary>
internal static partial class UiVocabulary
{
    private static readonly Lazy<(HashSet<string> English, HashSet<string> Thai)> Words = new(Read);

    /// <summary>Lower-case English words (three letters or more) of the UI that no Thai text contains.</summary>
    public static IReadOnlySet<string> EnglishWords => Words.Value.English;

    /// <summary>The number of bilingual pairs read (a check that the sources were found).</summary>
    public static int Pairs { get; private set; }

    private static (HashSet<string>, HashSet<string>) Read()
    {
        var english = new HashSet<string>(StringComparer.Ordinal);
        var inThai = new HashSet<string>(StringComparer.Ordinal);
        var pairs = 0;
        var root = CheckoutRoot();
        foreach (var folder in new[] { "modules", "host" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories))
            {
                if (!(file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
                    || file.Contains("/bin/", StringComparison.Ordinal) || file.Contains("/obj/", StringComparison.Ordinal))
                {
                    continue;
                }
                foreach (Match pair in PairPattern().Matches(File.ReadAllText(file)))
                {
                    pairs++;
                    foreach (Match word in WordPattern().Matches(Unformatted(pair.Groups["th"].Value)))
                    {
                        inThai.Add(word.Value.ToLowerInvariant());
                    }
                    foreach (Match word in WordPattern().Matches(Unformatted(pair.Groups["en"].Value)))
                    {
                        english.Add(word.Value.ToLowerInvariant());
                    }
                }
            }
        }
        Pairs = pairs;
        english.ExceptWith(inThai);
        return (english, inThai);
    }

    /// <summary>Drops the holes of interpolated strings ({Model.Name}), whose words are code, not text.</summary>
    private static string Unformatted(string literal) => HolePattern().Replace(literal, " ");

    private static string CheckoutRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LocalGov.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Could not find LocalGov.sln above the test output.");
    }

    // a literal with Thai in it, then "," or ":" and a literal without Thai: the two halves of one text
    [GeneratedRegex("""\$?@?"(?<th>[^"\n]*[\u0E00-\u0E7F][^"\n]*)"\s*[,:]\s*\$?@?"(?<en>[^"\n\u0E00-\u0E7F]*)"[\s)]""")]
    private static partial Regex PairPattern();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex HolePattern();
}
