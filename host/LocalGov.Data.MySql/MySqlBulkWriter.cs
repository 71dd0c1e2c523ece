using System.Globalization;
using System.Text;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore.Storage;
using MySql.Data.MySqlClient;

namespace LocalGov.Data.MySql;

/// <summary>
/// Bulk rows on MySQL/MariaDB: <c>LOAD DATA LOCAL INFILE</c> fed from a stream in the caller's transaction (about three
/// times faster than batched INSERTs), checked row for row: LOCAL loading turns duplicate keys and bad values into
/// warnings, so a load that stored fewer rows than it was given fails (<see cref="BulkLoadException"/>, a database error like
/// the one an INSERT would raise) and the caller's transaction must roll back.
/// Where a column's type has no exact text form here, or the server refuses local loading (<c>local_infile=OFF</c>,
/// Oracle MySQL's default), rows go in as multi-row parameterised INSERTs instead.
/// </summary>
internal static class MySqlBulkWriter
{
    private const int RowsPerInsert = 1000;
    private const int MaxParameters = 60_000;

    /// <summary>Set once the server has refused local loading: every later run goes straight to INSERTs.</summary>
    private static volatile bool _loadRefused;

    internal enum Kind { Text, Number, Real, Boolean, DateTime, Guid, Bytes }

    public static async Task WriteAsync(BulkRows rows, CancellationToken cancellationToken)
    {
        if (!_loadRefused && Plan(rows.Mappings) is { } kinds)
        {
            try
            {
                await LoadAsync(rows, kinds, cancellationToken);
                return;
            }
            catch (MySqlException e) when (e.Number is 1148 or 3948 or 2068 || e.Message.Contains("LOCAL", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("disabled", StringComparison.OrdinalIgnoreCase))
            {
                _loadRefused = true; // nothing was loaded; the transaction is still good in MySQL
            }
        }
        await InsertAsync(rows, cancellationToken);
    }

    internal static Kind[]? Plan(IReadOnlyList<RelationalTypeMapping> mappings)
    {
        var kinds = new Kind[mappings.Count];
        for (var i = 0; i < mappings.Count; i++)
        {
            var type = mappings[i].Converter?.ProviderClrType ?? mappings[i].ClrType;
            type = Nullable.GetUnderlyingType(type) ?? type;
            Kind? kind = type switch
            {
                _ when type == typeof(string) => Kind.Text,
                _ when type == typeof(bool) => Kind.Boolean,
                _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(decimal) => Kind.Number,
                _ when type == typeof(double) => Kind.Real,
                _ when type == typeof(DateTime) => Kind.DateTime,
                _ when type == typeof(byte[]) => Kind.Bytes,
                _ when type == typeof(Guid) && mappings[i].StoreType.StartsWith("char", StringComparison.OrdinalIgnoreCase) => Kind.Guid,
                _ => null,
            };
            if (kind is null)
            {
                return null;
            }
            kinds[i] = kind.Value;
        }
        return kinds;
    }

    private static async Task LoadAsync(BulkRows rows, Kind[] kinds, CancellationToken cancellationToken)
    {
        using var data = new MemoryStream();
        await using (var writer = new StreamWriter(data, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < kinds.Length; c++)
                {
                    if (c > 0)
                    {
                        writer.Write('\t');
                    }
                    Write(writer, kinds[c], rows.Value(r, c));
                }
                writer.Write('\n');
            }
        }
        data.Position = 0;
        var loader = new MySqlBulkLoader((MySqlConnection)rows.Connection)
        {
            TableName = rows.Table,
            Local = true,
            CharacterSet = "utf8mb4",
            FieldTerminator = "\t",
            LineTerminator = "\n",
            EscapeCharacter = '\\',
            ConflictOption = MySqlBulkLoaderConflictOption.None,
            Timeout = 0,
        };
        for (var c = 0; c < kinds.Length; c++)
        {
            if (kinds[c] == Kind.Bytes)
            {
                var variable = "@bytes" + c.ToString(CultureInfo.InvariantCulture);
                loader.Columns.Add(variable);
                loader.Expressions.Add($"{rows.Columns[c]} = UNHEX({variable})");
            }
            else
            {
                loader.Columns.Add(rows.Columns[c]);
            }
        }
        var stored = await loader.LoadAsync(data, cancellationToken);
        if (stored != rows.Count)
        {
            throw new BulkLoadException(
                $"Bulk load into {rows.Table} stored {stored} of {rows.Count} rows: {await FirstWarningAsync(rows, cancellationToken)}. The caller's transaction must not commit.");
        }
    }

    /// <summary>Why rows were skipped: the server's first warning of the load (a duplicate key, a value the column refused).</summary>
    private static async Task<string> FirstWarningAsync(BulkRows rows, CancellationToken cancellationToken)
    {
        await using var command = rows.Connection.CreateCommand();
        command.Transaction = rows.Transaction;
        command.CommandText = "SHOW WARNINGS LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? $"{reader.GetValue(2)} (MySQL {reader.GetValue(1)})" : "no warning given";
    }

    private static void Write(StreamWriter writer, Kind kind, object? value)
    {
        if (value is null)
        {
            writer.Write(@"\N");
            return;
        }
        switch (kind)
        {
            case Kind.Boolean:
                writer.Write((bool)value ? '1' : '0');
                break;
            case Kind.Number:
                writer.Write(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case Kind.Real:
                writer.Write(((double)value).ToString("R", CultureInfo.InvariantCulture));
                break;
            case Kind.Bytes:
                writer.Write(Convert.ToHexString((byte[])value)); // read into a variable and stored through UNHEX
                break;
            case Kind.DateTime:
                writer.Write(((DateTime)value).ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
                break;
            case Kind.Guid:
                writer.Write(((Guid)value).ToString("D"));
                break;
            default:
                foreach (var ch in (string)value)
                {
                    switch (ch)
                    {
                        case '\\': writer.Write(@"\\"); break;
                        case '\t': writer.Write(@"\t"); break;
                        case '\n': writer.Write(@"\n"); break;
                        case '\r': writer.Write(@"\r"); break;
                        case '\0': writer.Write(@"\0"); break;
                        default: writer.Write(ch); break;
                    }
                }
                break;
        }
    }

    /// <summary>Multi-row INSERTs of up to <see cref="RowsPerInsert"/> rows, each value a parameter typed by its EF mapping.</summary>
    private static async Task InsertAsync(BulkRows rows, CancellationToken cancellationToken)
    {
        var perStatement = Math.Max(1, Math.Min(RowsPerInsert, MaxParameters / Math.Max(1, rows.Columns.Count)));
        for (var first = 0; first < rows.Count; first += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - first);
            await using var command = rows.Connection.CreateCommand();
            command.Transaction = rows.Transaction;
            var sql = new StringBuilder(rows.InsertHead);
            for (var r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < rows.Columns.Count; c++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@p{r}_{c}");
                    sql.Append(c == 0 ? name : ", " + name);
                    var parameter = rows.Mappings[c].CreateParameter(command, name, null, rows.Nullable[c]);
                    parameter.Value = rows.Value(first + r, c) ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>
/// A bulk load that stored fewer rows than it was given: LOCAL loading reports a duplicate key or a refused value as a
/// warning, not an error, so it is raised here as the database error it is, for callers that handle those.
/// </summary>
public sealed class BulkLoadException(string message) : System.Data.Common.DbException(message);
