using System.Globalization;
using LocalGov.OpenData.Catalog;

namespace LocalGov.OpenData.Ckan;

/// <summary>
/// package_search's <c>q</c> and <c>fq</c> over the catalogue, without Solr. <c>q</c>: words that must all occur
/// (any case) in the name, titles, descriptions, tags or publisher; <c>*:*</c> or nothing is everything; a
/// <c>field:value</c> word is a filter as in <c>fq</c>. <c>fq</c>: space-separated <c>field:value</c> terms, all of
/// which must hold (terms joined by OR: one of them), each negated by a leading <c>-</c>; values may be quoted. Fields: <c>organization</c> (name),
/// <c>owner_org</c> (id), <c>name</c>, <c>id</c>, <c>tags</c>, <c>res_format</c>, <c>license_id</c>, and
/// <c>metadata_modified:[from TO to]</c> (ISO times or <c>*</c>), which CKAN harvesters send to fetch what changed.
/// An unknown field is a validation error rather than a filter silently ignored.
/// </summary>
public sealed class PackageQuery
{
    private static readonly string[] Fields = ["organization", "owner_org", "name", "id", "tags", "res_format", "license_id", "metadata_modified"];

    private readonly List<Func<CatalogEntry, bool>> _tests = [];

    public static PackageQuery Parse(string? q, string? fq, DateTime modified)
    {
        var query = new PackageQuery();
        foreach (var clause in Clauses(q, "q"))
        {
            query._tests.Add(Any(clause.Select(t => t.Field is null ? Word(t) : Filter(t, "q", modified))));
        }
        foreach (var clause in Clauses(fq, "fq"))
        {
            if (clause.FirstOrDefault(t => t.Field is null) is { } bare)
            {
                throw CkanException.Invalid("fq", new($"เงื่อนไข '{bare.Value}' ต้องอยู่ในรูป field:value", $"'{bare.Value}' must be field:value"));
            }
            query._tests.Add(Any(clause.Select(t => Filter(t, "fq", modified))));
        }
        return query;
    }

    public bool Matches(CatalogEntry entry) => _tests.All(t => t(entry));

    private static Func<CatalogEntry, bool> Any(IEnumerable<Func<CatalogEntry, bool>> alternatives)
    {
        var list = alternatives.ToList();
        return e => list.Any(t => t(e));
    }

    private static Func<CatalogEntry, bool> Word(Term term) => e => Text(e).Contains(term.Value, StringComparison.OrdinalIgnoreCase) != term.Negated;

    private static Func<CatalogEntry, bool> Filter(Term term, string parameter, DateTime modified)
    {
        Func<CatalogEntry, bool> test = term.Field switch
        {
            "organization" => e => Same(e.Publisher.Name, term.Value),
            "owner_org" => e => Same(e.Publisher.Id.ToString(), term.Value),
            "name" => e => Same(e.Name, term.Value),
            "id" => e => Same(e.Id.ToString(), term.Value),
            "tags" => e => e.Source.Tags.Any(t => Same(t, term.Value)),
            "res_format" => e => CkanDocuments.Formats.Any(f => Same(f.Format, term.Value)),
            "license_id" => e => Same(CkanDocuments.LicenseId, term.Value),
            "metadata_modified" => Range(term, parameter, modified),
            _ => throw CkanException.Invalid(parameter, new(
                $"ไม่รู้จักฟิลด์ '{term.Field}' ใช้ได้: {string.Join(", ", Fields)}", $"Unknown field '{term.Field}'; known: {string.Join(", ", Fields)}")),
        };
        return e => test(e) != term.Negated;
    }

    /// <summary><c>[2026-01-01T00:00:00Z TO *]</c>: every dataset's modified time is the same (see OpenDataCatalog.Modified).</summary>
    private static Func<CatalogEntry, bool> Range(Term term, string parameter, DateTime modified)
    {
        var inner = term.Value.Trim();
        var parts = inner.Length > 2 && inner[0] is '[' or '{' && inner[^1] is ']' or '}'
            ? inner[1..^1].Split(" TO ", 2, StringSplitOptions.TrimEntries)
            : [];
        if (parts.Length != 2 || !Bound(parts[0], out var from) || !Bound(parts[1], out var to))
        {
            throw CkanException.Invalid(parameter, new("metadata_modified ต้องอยู่ในรูป [จาก TO ถึง] เช่น [2026-01-01T00:00:00Z TO *]",
                "metadata_modified must be a range like [2026-01-01T00:00:00Z TO *]"));
        }
        var result = (from is null || modified >= from) && (to is null || modified <= to);
        return _ => result;
    }

    private static bool Bound(string text, out DateTime? value)
    {
        value = null;
        if (text == "*" || text.StartsWith("NOW", StringComparison.Ordinal))
        {
            return text == "*";
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }
        return false;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Text(CatalogEntry e) => string.Join(' ',
        [e.Name, e.Title.Th, e.Title.En, e.Source.Description.Th, e.Source.Description.En, e.Publisher.Name, e.Publisher.Title.Th, e.Publisher.Title.En,
            .. e.Source.Tags]);

    private sealed record Term(string? Field, string Value, bool Negated);

    /// <summary>
    /// Splits on spaces outside quotes and brackets into clauses that must all hold; terms joined by OR (or ||) make
    /// one clause of alternatives, as ckanext-harvest writes <c>organization:a OR organization:b</c>; AND (or &amp;&amp;)
    /// is the default; parentheses around terms are dropped.
    /// </summary>
    private static List<List<Term>> Clauses(string? text, string parameter)
    {
        var clauses = new List<List<Term>>();
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "*:*")
        {
            return clauses;
        }
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        var (quoted, bracket) = (false, false);
        foreach (var c in text.Trim())
        {
            if (c == '"' && !bracket)
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '[' or '{')
            {
                bracket = true;
            }
            else if (!quoted && c is ']' or '}')
            {
                bracket = false;
            }
            if (c == ' ' && !quoted && !bracket)
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }
                continue;
            }
            current.Append(c);
        }
        if (quoted || bracket)
        {
            throw CkanException.Invalid(parameter, new("เครื่องหมายคำพูดหรือวงเล็บไม่ครบคู่", "Unbalanced quotes or brackets"));
        }
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }
        var joinNext = false;
        foreach (var raw in tokens)
        {
            var token = raw.Trim('(', ')');
            if (token is "AND" or "&&" or "")
            {
                continue;
            }
            if (token is "OR" or "||")
            {
                joinNext = clauses.Count > 0;
                continue;
            }
            var negated = token.StartsWith('-');
            var body = token.TrimStart('-', '+');
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            var term = colon > 0 ? new Term(body[..colon].ToLowerInvariant(), body[(colon + 1)..].Trim('"'), negated) : new Term(null, body.Trim('"'), negated);
            if (joinNext)
            {
                clauses[^1].Add(term);
            }
            else
            {
                clauses.Add([term]);
            }
            joinNext = false;
        }
        return clauses;
    }
}
