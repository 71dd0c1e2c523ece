using System.Globalization;
using System.Text;
using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Import;

/// <summary>A column an import knows: its snake_case header name and whether the file must have it.</summary>
public sealed record CsvColumn(string Name, bool Required);

/// <summary>Something wrong in an imported file: a row and field when it concerns one (row 0: the file as a whole).</summary>
public sealed record CsvProblem(int Row, string? Field, LocalizedText Message);

/// <summary>One data row: its number as a spreadsheet shows it (the header is row 1) and its values by column name.</summary>
public sealed class CsvRecord(int number, IReadOnlyDictionary<string, string> values)
{
    public int Number { get; } = number;

    /// <summary>Every cell as written, by column name.</summary>
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    /// <summary>The trimmed value of a column, or null when the column is absent or the cell empty.</summary>
    public string? this[string column] => Raw(column)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The cell as written, or null when the file has no such column.</summary>
    public string? Raw(string column) => Values.TryGetValue(column, out var value) ? value : null;
}

/// <summary>
/// A read file: the rows whose shape is right (each still to be checked by the import), the rows whose shape is
/// wrong, and problems with the file itself (then there are no rows: nothing can be imported).
/// </summary>
public sealed record CsvTable(string Encoding, IReadOnlyList<CsvRecord> Rows, IReadOnlyList<CsvProblem> Problems)
{
    public bool FileIsUnusable => Problems.Any(p => p.Row == 0);

    /// <summary>
    /// Reads an uploaded CSV file (RFC 4180: commas; fields in double quotes may hold commas, line breaks and "" for a
    /// quote) as every import does: decoded by <see cref="CsvDecoding"/>; the header row names the columns in
    /// snake_case in any order; optional columns may be left out, unknown ones are refused so a misspelt column loses
    /// nothing silently; a row with a stray quote or the wrong number of values is named by its row number.
    /// </summary>
    public static CsvTable Read(ReadOnlySpan<byte> bytes, IReadOnlyList<CsvColumn> columns, int maxBytes, int maxRows, LocalizedText noRows)
    {
        if (bytes.Length > maxBytes)
        {
            return Unusable("", $"ไฟล์ใหญ่เกิน {maxBytes / 1024 / 1024} MB แบ่งเป็นหลายไฟล์แล้วนำเข้าทีละไฟล์",
                $"The file is larger than {maxBytes / 1024 / 1024} MB; split it and import the parts one by one.");
        }
        var (text, encoding, problem) = CsvDecoding.Decode(bytes);
        return problem is not null ? new CsvTable("", [], [new CsvProblem(0, null, problem)]) : Read(text!, encoding, columns, maxRows, noRows);
    }

    public static CsvTable Read(string text, string encoding, IReadOnlyList<CsvColumn> columns, int maxRows, LocalizedText noRows)
    {
        var (records, unclosedAt) = Split(text);
        if (unclosedAt > 0)
        {
            return Unusable(encoding, $"แถวที่ {unclosedAt}: ข้อความในเครื่องหมาย \" ไม่มี \" ปิด จึงอ่านไฟล์ต่อไม่ได้",
                $"Row {unclosedAt}: a quoted value is never closed, so the rest of the file cannot be read.");
        }
        var header = records.FirstOrDefault(r => r.Fields.Any(f => !string.IsNullOrWhiteSpace(f)));
        if (header.Fields is null)
        {
            return Unusable(encoding, "ไฟล์ไม่มีข้อมูล", "The file holds no data.");
        }
        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_')).ToList();
        var fileProblems = new List<CsvProblem>();
        var unknown = names.Where(n => n.Length > 0 && columns.All(c => c.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            fileProblems.Add(new(0, null, new($"แถวหัวตารางมีคอลัมน์ที่ไม่รู้จัก: {string.Join(", ", unknown)} (ใช้ชื่อตามแบบฟอร์มตัวอย่าง)",
                $"The header has unknown columns: {string.Join(", ", unknown)} (use the names in the template).")));
        }
        if (names.Any(n => n.Length == 0))
        {
            fileProblems.Add(new(0, null, new("แถวหัวตารางมีคอลัมน์ที่ไม่มีชื่อ", "The header has a column without a name.")));
        }
        var repeated = names.Where(n => n.Length > 0).GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            fileProblems.Add(new(0, null, new($"แถวหัวตารางมีคอลัมน์ซ้ำ: {string.Join(", ", repeated)}", $"The header repeats columns: {string.Join(", ", repeated)}.")));
        }
        var missing = columns.Where(c => c.Required && !names.Contains(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            fileProblems.Add(new(0, null, new($"ไม่มีคอลัมน์ที่ต้องมี: {string.Join(", ", missing)}", $"Required columns are missing: {string.Join(", ", missing)}.")));
        }
        var data = records.Where(r => r.Number > header.Number && r.Fields.Any(f => !string.IsNullOrWhiteSpace(f))).ToList();
        if (data.Count == 0)
        {
            fileProblems.Add(new(0, null, noRows));
        }
        if (data.Count > maxRows)
        {
            fileProblems.Add(new(0, null, new(
                string.Create(CultureInfo.InvariantCulture, $"ไฟล์มี {data.Count:N0} แถว เกิน {maxRows:N0} แถว แบ่งเป็นหลายไฟล์"),
                string.Create(CultureInfo.InvariantCulture, $"The file has {data.Count:N0} rows, more than {maxRows:N0}; split it into several files."))));
        }
        if (fileProblems.Count > 0)
        {
            return new CsvTable(encoding, [], fileProblems);
        }

        var rows = new List<CsvRecord>();
        var problems = new List<CsvProblem>();
        foreach (var (number, fields, strayQuote) in data)
        {
            if (strayQuote)
            {
                problems.Add(new(number, null, new("มีเครื่องหมาย \" ผิดที่ ข้อความที่มีจุลภาคหรือ \" ต้องอยู่ในเครื่องหมาย \"...\" และเขียน \" เป็น \"\"",
                    "A quote mark is out of place: a value holding a comma or a quote goes in \"...\", with \" written as \"\".")));
            }
            else if (fields.Count != names.Count)
            {
                problems.Add(new(number, null, new(
                    string.Create(CultureInfo.InvariantCulture, $"แถวนี้มี {fields.Count} ช่อง แต่หัวตารางมี {names.Count} คอลัมน์ (ข้อความที่มีจุลภาคต้องอยู่ในเครื่องหมาย \"...\")"),
                    string.Create(CultureInfo.InvariantCulture, $"This row has {fields.Count} values but the header has {names.Count} columns (a value holding a comma goes in \"...\")."))));
            }
            else
            {
                rows.Add(new CsvRecord(number, names.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)));
            }
        }
        return new CsvTable(encoding, rows, problems);
    }

    /// <summary>The records of the text with their spreadsheet row numbers, or the row of a quoted value never closed.</summary>
    private static (List<(int Number, List<string> Fields, bool StrayQuote)> Records, int UnclosedAt) Split(string text)
    {
        var records = new List<(int Number, List<string> Fields, bool StrayQuote)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var number = 1;          // the spreadsheet row of the record being read
        var quoted = false;      // inside a quoted field
        var afterQuote = false;  // a quoted field just closed; only a comma or line break may follow
        var stray = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                    afterQuote = true;
                }
                continue;
            }
            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((number, [.. fields], stray));
                    fields.Clear();
                    stray = false;
                    afterQuote = false;
                    number++;
                    break;
                case '"' when field.Length == 0 && !afterQuote:
                    quoted = true;
                    break;
                default:
                    stray |= afterQuote || c == '"';
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
        {
            return ([], number);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((number, [.. fields], stray));
        }
        return (records, 0);
    }

    private static CsvTable Unusable(string encoding, string th, string en) => new(encoding, [], [new CsvProblem(0, null, new(th, en))]);
}
