using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace LocalGov.Data.PostgreSql;

/// <summary>
/// Streams rows to PostgreSQL as one binary COPY, encoding each value itself. Npgsql's binary importer binds every
/// value through a parameter object of its own (type resolution, a converter, an async write each); for a billing
/// run's 300,000 rows that was most of the client's time. The bytes are PostgreSQL's binary wire format for each
/// column type, the format Npgsql writes for EF's mappings (tested column by column against EF's own inserts); a
/// column whose mapping is not one of those below makes <see cref="Plan"/> answer null, and the caller takes Npgsql's
/// importer instead. A failure part-way cancels the COPY: no row of it is stored.
/// </summary>
internal sealed class PostgresRowWriter
{
    private const int FlushAt = 64 * 1024;
    private static readonly long Epoch2000Ticks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly int Epoch2000Day = new DateOnly(2000, 1, 1).DayNumber;
    private static ReadOnlySpan<byte> Signature => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];

    private enum Kind { Text, Int16, Int32, Int64, Boolean, Double, Bytes, Guid, Timestamp, Date, Numeric }

    private readonly Kind[] _kinds;
    private byte[] _buffer = [];
    private int _length;

    private PostgresRowWriter(Kind[] kinds) => _kinds = kinds;

    /// <summary>A writer for columns stored through <paramref name="mappings"/>, or null when one of them is not covered.</summary>
    public static PostgresRowWriter? Plan(IReadOnlyList<RelationalTypeMapping> mappings)
    {
        var kinds = new Kind[mappings.Count];
        for (var i = 0; i < mappings.Count; i++)
        {
            var mapping = mappings[i];
            var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
            type = Nullable.GetUnderlyingType(type) ?? type;
            Kind? kind = mapping.StoreTypeNameBase switch
            {
                "text" or "character varying" when type == typeof(string) => Kind.Text,
                "smallint" when type == typeof(short) => Kind.Int16,
                "integer" when type == typeof(int) => Kind.Int32,
                "bigint" when type == typeof(long) => Kind.Int64,
                "boolean" when type == typeof(bool) => Kind.Boolean,
                "double precision" when type == typeof(double) => Kind.Double,
                "bytea" when type == typeof(byte[]) => Kind.Bytes,
                "uuid" when type == typeof(Guid) => Kind.Guid,
                "timestamp with time zone" when type == typeof(DateTime) => Kind.Timestamp,
                "date" when type == typeof(DateOnly) => Kind.Date,
                "numeric" when type == typeof(decimal) => Kind.Numeric,
                _ => null,
            };
            if (kind is null)
            {
                return null;
            }
            kinds[i] = kind.Value;
        }
        return new PostgresRowWriter(kinds);
    }

    /// <summary>
    /// Runs <paramref name="copy"/> (a <c>COPY … FROM STDIN (FORMAT BINARY)</c> naming the columns in order) on
    /// <paramref name="connection"/>, in whatever transaction it has open; <paramref name="value"/> gives a row's
    /// provider value for a column.
    /// </summary>
    public async Task WriteAsync(NpgsqlConnection connection, string copy, int rows, Func<int, int, object?> value, CancellationToken cancellationToken)
    {
        await using var stream = await connection.BeginRawBinaryCopyAsync(copy, cancellationToken);
        // a pooled buffer: a new one per table and batch would be a large-object-heap array each time
        _buffer = ArrayPool<byte>.Shared.Rent(FlushAt * 2);
        try
        {
            _length = 0;
            Signature.CopyTo(Reserve(Signature.Length));
            BinaryPrimitives.WriteInt32BigEndian(Reserve(4), 0); // flags: no OIDs
            BinaryPrimitives.WriteInt32BigEndian(Reserve(4), 0); // no header extension
            for (var r = 0; r < rows; r++)
            {
                BinaryPrimitives.WriteInt16BigEndian(Reserve(2), (short)_kinds.Length);
                for (var c = 0; c < _kinds.Length; c++)
                {
                    Encode(_kinds[c], value(r, c));
                }
                if (_length >= FlushAt)
                {
                    await stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken);
                    _length = 0;
                }
            }
            BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1); // the trailer
            await stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken);
        }
        catch
        {
            // without this, disposing the stream would end the COPY normally and keep the rows sent so far
            await stream.CancelAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Encode(Kind kind, object? value)
    {
        if (value is null or DBNull)
        {
            BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);
            return;
        }
        switch (kind)
        {
            case Kind.Text:
                var text = (string)value;
                var most = Encoding.UTF8.GetMaxByteCount(text.Length);
                var field = Reserve(4 + most);
                var written = Encoding.UTF8.GetBytes(text, field[4..]);
                BinaryPrimitives.WriteInt32BigEndian(field, written);
                _length -= most - written;
                break;
            case Kind.Int16:
                Field(2);
                BinaryPrimitives.WriteInt16BigEndian(Reserve(2), (short)value);
                break;
            case Kind.Int32:
                Field(4);
                BinaryPrimitives.WriteInt32BigEndian(Reserve(4), (int)value);
                break;
            case Kind.Int64:
                Field(8);
                BinaryPrimitives.WriteInt64BigEndian(Reserve(8), (long)value);
                break;
            case Kind.Boolean:
                Field(1);
                Reserve(1)[0] = (bool)value ? (byte)1 : (byte)0;
                break;
            case Kind.Double:
                Field(8);
                BinaryPrimitives.WriteDoubleBigEndian(Reserve(8), (double)value);
                break;
            case Kind.Bytes:
                var bytes = (byte[])value;
                Field(bytes.Length);
                bytes.CopyTo(Reserve(bytes.Length));
                break;
            case Kind.Guid:
                Field(16);
                ((Guid)value).TryWriteBytes(Reserve(16), bigEndian: true, out _);
                break;
            case Kind.Timestamp:
                Field(8);
                BinaryPrimitives.WriteInt64BigEndian(Reserve(8), Microseconds((DateTime)value));
                break;
            case Kind.Date:
                Field(4);
                BinaryPrimitives.WriteInt32BigEndian(Reserve(4), Days((DateOnly)value));
                break;
            case Kind.Numeric:
                Numeric((decimal)value);
                break;
            default:
                throw new InvalidOperationException($"No encoding for {kind}.");
        }
    }

    /// <summary>
    /// timestamptz: microseconds since 2000-01-01 UTC. A DateTime that is not UTC is refused, as Npgsql refuses it;
    /// DateTime.MinValue and MaxValue are -infinity and infinity, as Npgsql writes them.
    /// </summary>
    private static long Microseconds(DateTime value) =>
        value == DateTime.MinValue ? long.MinValue
        : value == DateTime.MaxValue ? long.MaxValue
        : value.Kind == DateTimeKind.Utc ? (value.Ticks - Epoch2000Ticks) / 10
        : throw new ArgumentException($"Cannot write a DateTime of kind {value.Kind} to a timestamp with time zone column; only UTC is supported.");

    /// <summary>date: days since 2000-01-01; DateOnly.MinValue and MaxValue are -infinity and infinity, as Npgsql writes them.</summary>
    private static int Days(DateOnly value) =>
        value == DateOnly.MinValue ? int.MinValue : value == DateOnly.MaxValue ? int.MaxValue : value.DayNumber - Epoch2000Day;

    /// <summary>
    /// numeric: base-10000 digits, most significant first, with the weight of the first (in groups of four decimal
    /// places from the point), the sign and the display scale, which is the decimal's own scale, so 3000.00 stays 3000.00.
    /// </summary>
    private void Numeric(decimal value)
    {
        var scale = value.Scale;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var negative = value < 0;
        // whole groups of four decimal places after the point
        var pad = (4 - scale % 4) % 4;
        for (var i = 0; i < pad; i++)
        {
            magnitude *= 10;
        }
        var fractionGroups = (scale + pad) / 4;
        Span<short> groups = stackalloc short[12]; // least significant first; 96 bits and three more decimal digits fit in 9
        var count = 0;
        while (magnitude != 0)
        {
            groups[count++] = (short)(ushort)(magnitude % 10000);
            magnitude /= 10000;
        }
        var lowest = 0;
        while (lowest < count && groups[lowest] == 0)
        {
            lowest++; // trailing zero groups are not stored
        }
        var digits = count - lowest;
        var weight = digits == 0 ? 0 : count - fractionGroups - 1;
        Field(8 + 2 * digits);
        var head = Reserve(8);
        BinaryPrimitives.WriteInt16BigEndian(head, (short)digits);
        BinaryPrimitives.WriteInt16BigEndian(head[2..], (short)weight);
        BinaryPrimitives.WriteUInt16BigEndian(head[4..], negative ? (ushort)0x4000 : (ushort)0);
        BinaryPrimitives.WriteInt16BigEndian(head[6..], (short)scale);
        for (var i = count - 1; i >= lowest; i--)
        {
            BinaryPrimitives.WriteInt16BigEndian(Reserve(2), groups[i]);
        }
    }

    private void Field(int length) => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), length);

    /// <summary>The next <paramref name="size"/> bytes of the buffer, counted as written.</summary>
    private Span<byte> Reserve(int size)
    {
        if (_length + size > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + size));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        var span = _buffer.AsSpan(_length, size);
        _length += size;
        return span;
    }
}
