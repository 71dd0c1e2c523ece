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
        var table = CsvTable.Read(text, encoding, Columns, MaxRows,
            new LocalizedText("ไฟล์มีแต่แถวหัวตาราง ไม่มีจุดบริการ", "The file has a header but no service points."));
        return new ParsedCsv(table.Encoding,
            [.. table.Rows.Select(r => new CsvRow(r.Number, ServicePointFields.Read(r.Raw)))],
            [.. table.Problems.Select(p => new ImportProblem(p.Row, p.Field, p.Message))]);
    }

    private static readonly IReadOnlyList<CsvColumn> Columns = [.. ServicePointFields.All.Select(f => new CsvColumn(f.Name, f.Required))];

    private static ParsedCsv Unusable(string encoding, string th, string en) => new(encoding, [], [new ImportProblem(0, null, new(th, en))]);
}
