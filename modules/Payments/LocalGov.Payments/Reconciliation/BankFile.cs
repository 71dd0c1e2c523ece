using System.Globalization;
using LocalGov.Thai;

namespace LocalGov.Payments.Reconciliation;

/// <summary>A row of a bank file that could not be read, with its line number and what to fix.</summary>
public sealed record BankFileError(int Line, string Message);

/// <summary>
/// Reads a bank's PromptPay bill-payment file: CSV with the header <c>ref1,ref2,amount,paid_at,bank_reference</c>;
/// <c>paid_at</c> is ISO 8601 (an offset, or Bangkok time without one). Unreadable rows are reported, not guessed.
/// </summary>
public static class BankFile
{
    public static (IReadOnlyList<(int Line, BankTransactionInput Row)> Rows, IReadOnlyList<BankFileError> Errors) Read(TextReader reader)
    {
        var rows = new List<(int, BankTransactionInput)>();
        var errors = new List<BankFileError>();
        var header = reader.ReadLine();
        if (header is null || !string.Equals(header.Trim().TrimStart('\uFEFF').Replace(" ", "", StringComparison.Ordinal),
                "ref1,ref2,amount,paid_at,bank_reference", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new BankFileError(1, "The first line must be: ref1,ref2,amount,paid_at,bank_reference"));
            return (rows, errors);
        }
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var cells = text.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
            if (cells.Length != 5)
            {
                errors.Add(new BankFileError(line, $"Expected 5 columns, found {cells.Length}."));
                continue;
            }
            if (!decimal.TryParse(cells[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            {
                errors.Add(new BankFileError(line, $"Amount '{cells[2]}' is not a positive number like 150.00."));
                continue;
            }
            if (!TryParseTime(cells[3], out var paidAt))
            {
                errors.Add(new BankFileError(line, $"paid_at '{cells[3]}' is not a time like 2026-11-21T10:15:00+07:00."));
                continue;
            }
            if (cells[0].Length == 0 || cells[4].Length == 0)
            {
                errors.Add(new BankFileError(line, "ref1 and bank_reference are required."));
                continue;
            }
            rows.Add((line, new BankTransactionInput(cells[0].ToUpperInvariant(), cells[1].Length == 0 ? null : cells[1].ToUpperInvariant(),
                amount, paidAt, cells[4])));
        }
        return (rows, errors);
    }

    private static bool TryParseTime(string text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9))
        {
            return true;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            value = new DateTimeOffset(local, ThaiDate.BangkokOffset);
            return true;
        }
        return false;
    }
}
