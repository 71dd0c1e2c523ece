using System.Globalization;
using System.Text;
using LocalGov.Platform.Import;
using LocalGov.Platform.Localization;
using LocalGov.WasteFees.ServicePoints;

namespace LocalGov.WasteFees.Import;

/// <summary>One data row of the file: its row number as a spreadsheet shows it (the header is row 1) and its values.</summary>
public sealed record CsvRow(int Number, ServicePointInput Input);

/// <summary>Something wrong in the file: a row and field when it concerns one (row 0: the file as a whole).</summary>
public sealed record ImportProblem(int Row, string? Field, LocalizedText Message);

/// <summary>
/// A read file: the rows whose shape is right (each still to be checked by <see cref="ServicePointDetails.Validate"/>),
/// the rows whose shape is wrong, and problems with the file itself (then there are no rows: nothing can be imported).
/// </summary>
public sealed record ParsedCsv(string Encoding, IReadOnlyList<CsvRow> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public bool FileIsUnusable => Problems.Any(p => p.Row == 0);

    /// <summary>The data rows in the file, well-formed or not.</summary>
    public int RowCount => Rows.Count + Problems.Where(p => p.Row > 0).Select(p => p.Row).Distinct().Count();
}

/// <summary>
/// Reads a CSV file of service points (RFC 4180: commas, fields in double quotes may hold commas, line breaks and
/// "" for a quote). UTF-8 with or without BOM; a Thai file saved by Excel as "CSV (Comma delimited)" is Windows-874
/// and is read as such. The header row names the columns in snake_case (<see cref="ServicePointFields"/>), in any
/// order; optional columns may be left out, unknown ones are refused so a misspelt column loses nothing silently.
/// </summary>
public static class ServicePointCsv
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 20_000;
    public const string Utf8 = CsvDecoding.Utf8;
    public const string Thai874 = CsvDecoding.Thai874;

    public static ParsedCsv Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return Unusable("", $"ไฟล์ใหญ่เกิน {MaxBytes / 1024 / 1024} MB แบ่งเป็นหลายไฟล์แล้วนำเข้าทีละไฟล์",
                $"The file is larger than {MaxBytes / 1024 / 1024} MB; split it and import the parts one by one.");
        }
        var (text, encoding, problem) = CsvDecoding.Decode(bytes);
        if (problem is not null)
        {
            return new ParsedCsv("", [], [new ImportProblem(0, null, problem)]);
        }
        return ParseText(text!, encoding);
    }

    /// <summary>The template officers fill in: the header and one example row.</summary>
    public static byte[] Template()
    {
        var example = new ServicePointInput
        {
            HouseCode = "1001-000001-1", HouseNo = "12/3", Moo = "4", Soi = "วัดใหม่", Road = "สุขุมวิท", Subdistrict = "บางพลี",
            PayerName = "นายสมชาย ใจดี", PayerPhone = "081-234-5678", FeeClass = "HOUSE", Zone = "Z1", Route = "R1", RouteOrder = "10",
            StartDate = "2026-01-01",
        };
        var csv = new StringBuilder();
        csv.Append(string.Join(',', ServicePointFields.All.Select(f => f.Name))).Append("\r\n");
        csv.Append(string.Join(',', ServicePointFields.All.Select(f => Platform.Reporting.CsvWriter.Text(f.Get(example) ?? "")))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    internal static ParsedCsv ParseText(string text, string encoding)
    {
        var records = new List<(int Number, List<string> Fields, LocalizedText? Problem)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var number = 1;          // the spreadsheet row of the record being read
        var quoted = false;      // inside a quoted field
        var afterQuote = false;  // a quoted field just closed; only a comma or line break may follow
        LocalizedText? problem = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                }
                else
                {
                    field.Append(c);
                }
                i++;
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
                    records.Add((number, [.. fields], problem));
                    fields.Clear();
                    problem = null;
                    afterQuote = false;
                    number++;
                    break;
                case '"' when field.Length == 0 && !afterQuote:
                    quoted = true;
                    break;
                default:
                    if (afterQuote || c == '"')
                    {
                        problem ??= new LocalizedText("มีเครื่องหมาย \" ผิดที่ ข้อความที่มีจุลภาคหรือ \" ต้องอยู่ในเครื่องหมาย \"...\" และเขียน \" เป็น \"\"",
                            "A quote mark is out of place: a value holding a comma or a quote goes in \"...\", with \" written as \"\".");
                    }
                    field.Append(c);
                    break;
            }
            i++;
        }
        if (quoted)
        {
            return Unusable(encoding, $"แถวที่ {number}: ข้อความในเครื่องหมาย \" ไม่มี \" ปิด จึงอ่านไฟล์ต่อไม่ได้",
                $"Row {number}: a quoted value is never closed, so the rest of the file cannot be read.");
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((number, [.. fields], problem));
        }
        return Rows(records, encoding);
    }

    private static ParsedCsv Rows(List<(int Number, List<string> Fields, LocalizedText? Problem)> records, string encoding)
    {
        var header = records.FirstOrDefault(r => r.Fields.Any(f => !string.IsNullOrWhiteSpace(f)));
        if (header.Fields is null)
        {
            return Unusable(encoding, "ไฟล์ไม่มีข้อมูล", "The file holds no data.");
        }
        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_')).ToList();
        var fileProblems = new List<ImportProblem>();
        var unknown = names.Where(n => n.Length > 0 && ServicePointFields.Find(n) is null).ToList();
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
        var missing = ServicePointFields.All.Where(f => f.Required && !names.Contains(f.Name)).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            fileProblems.Add(new(0, null, new($"ไม่มีคอลัมน์ที่ต้องมี: {string.Join(", ", missing)}", $"Required columns are missing: {string.Join(", ", missing)}.")));
        }
        var data = records.Where(r => r.Number > header.Number && r.Fields.Any(f => !string.IsNullOrWhiteSpace(f))).ToList();
        if (data.Count == 0)
        {
            fileProblems.Add(new(0, null, new("ไฟล์มีแต่แถวหัวตาราง ไม่มีจุดบริการ", "The file has a header but no service points.")));
        }
        if (data.Count > MaxRows)
        {
            fileProblems.Add(new(0, null, new(
                string.Create(CultureInfo.InvariantCulture, $"ไฟล์มี {data.Count:N0} แถว เกิน {MaxRows:N0} แถว แบ่งเป็นหลายไฟล์"),
                string.Create(CultureInfo.InvariantCulture, $"The file has {data.Count:N0} rows, more than {MaxRows:N0}; split it into several files."))));
        }
        if (fileProblems.Count > 0)
        {
            return new ParsedCsv(encoding, [], fileProblems);
        }

        var rows = new List<CsvRow>();
        var problems = new List<ImportProblem>();
        foreach (var (number, fields, problem) in data)
        {
            if (problem is not null)
            {
                problems.Add(new(number, null, problem));
            }
            else if (fields.Count != names.Count)
            {
                problems.Add(new(number, null, new(
                    string.Create(CultureInfo.InvariantCulture, $"แถวนี้มี {fields.Count} ช่อง แต่หัวตารางมี {names.Count} คอลัมน์ (ข้อความที่มีจุลภาคต้องอยู่ในเครื่องหมาย \"...\")"),
                    string.Create(CultureInfo.InvariantCulture, $"This row has {fields.Count} values but the header has {names.Count} columns (a value holding a comma goes in \"...\")."))));
            }
            else
            {
                rows.Add(new CsvRow(number, ServicePointFields.Read(name => names.IndexOf(name) is var at and >= 0 ? fields[at] : null)));
            }
        }
        return new ParsedCsv(encoding, rows, problems);
    }

    private static ParsedCsv Unusable(string encoding, string th, string en) => new(encoding, [], [new ImportProblem(0, null, new(th, en))]);
}
