using System.Buffers.Binary;

namespace NQStream.Sinks.Ilp;

/// <summary>Column writers: one per ILP value type (docs/ops.md §1.4, §1.6).</summary>
public sealed partial class IlpBuffer
{
    private const byte BinaryDouble = 0x10;
    private const long CanonicalNaNBits = 0x7FF8_0000_0000_0000;

    // Worst-case value sizes: digits + suffix; v1 text or v2 '=' + type + 8 bytes.
    private const int IntRoom = IlpIntText.MaxLength + 1;
    private const int DoubleRoom = IlpDoubleText.MaxLength;

    /// <summary>Adds a 64-bit integer column (<c>42i</c>).</summary>
    public IlpBuffer IntColumn(IlpName name, long value)
    {
        WriteIntSuffixed(ColumnStart(name, IntRoom), value, (byte)'i');
        return this;
    }

    /// <summary>Adds a 64-bit integer column (<c>42i</c>), validating the name.</summary>
    public IlpBuffer IntColumn(ReadOnlySpan<char> name, long value)
    {
        WriteIntSuffixed(ColumnStart(name, IntRoom), value, (byte)'i');
        return this;
    }

    /// <summary>Adds a double column: shortest round-trip text in v1, 8 binary bytes in v2.</summary>
    public IlpBuffer FloatColumn(IlpName name, double value)
    {
        WriteDouble(ColumnStart(name, DoubleRoom), value);
        return this;
    }

    /// <summary>Adds a double column, validating the name.</summary>
    public IlpBuffer FloatColumn(ReadOnlySpan<char> name, double value)
    {
        WriteDouble(ColumnStart(name, DoubleRoom), value);
        return this;
    }

    /// <summary>Adds a boolean column (<c>t</c>/<c>f</c>).</summary>
    public IlpBuffer BoolColumn(IlpName name, bool value)
    {
        WriteBool(ColumnStart(name, 1), value);
        return this;
    }

    /// <summary>Adds a boolean column (<c>t</c>/<c>f</c>), validating the name.</summary>
    public IlpBuffer BoolColumn(ReadOnlySpan<char> name, bool value)
    {
        WriteBool(ColumnStart(name, 1), value);
        return this;
    }

    /// <summary>Adds a string (VARCHAR) column: quoted, with <c>"</c>, <c>\</c>, LF and CR escaped.</summary>
    public IlpBuffer StringColumn(IlpName name, ReadOnlySpan<char> value)
    {
        ColumnStart(name, 0);
        WriteQuoted(value);
        return this;
    }

    /// <summary>Adds a string (VARCHAR) column, validating the name.</summary>
    public IlpBuffer StringColumn(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        ColumnStart(name, 0);
        WriteQuoted(value);
        return this;
    }

    /// <summary>Adds a timestamp column in microseconds (<c>…t</c>).</summary>
    public IlpBuffer TimestampColumnMicros(IlpName name, long micros)
    {
        WriteIntSuffixed(ColumnStart(name, IntRoom), micros, (byte)'t');
        return this;
    }

    /// <summary>Adds a timestamp column in microseconds (<c>…t</c>), validating the name.</summary>
    public IlpBuffer TimestampColumnMicros(ReadOnlySpan<char> name, long micros)
    {
        WriteIntSuffixed(ColumnStart(name, IntRoom), micros, (byte)'t');
        return this;
    }

    /// <summary>Adds a timestamp column in nanoseconds: <c>…n</c> in v2; truncated to <c>…t</c> µs in v1 (as the official clients do).</summary>
    public IlpBuffer TimestampColumnNanos(IlpName name, long nanos)
    {
        WriteNanos(ColumnStart(name, IntRoom), nanos);
        return this;
    }

    /// <summary>Adds a timestamp column in nanoseconds, validating the name.</summary>
    public IlpBuffer TimestampColumnNanos(ReadOnlySpan<char> name, long nanos)
    {
        WriteNanos(ColumnStart(name, IntRoom), nanos);
        return this;
    }

    private void WriteIntSuffixed(Span<byte> room, long value, byte suffix)
    {
        int n = IlpIntText.Write(room, value);
        room[n] = suffix;
        _pos += n + 1;
    }

    private void WriteNanos(Span<byte> room, long nanos)
    {
        if (Version >= IlpProtocolVersion.V2)
        {
            WriteIntSuffixed(room, nanos, (byte)'n');
        }
        else
        {
            WriteIntSuffixed(room, nanos / 1000, (byte)'t');
        }
    }

    private void WriteDouble(Span<byte> room, double value)
    {
        if (Version >= IlpProtocolVersion.V2)
        {
            room[0] = (byte)'=';
            room[1] = BinaryDouble;
            // One NaN bit pattern on the wire (0x7FF8…, what JavaScript writes); x64 produces 0xFFF8… for 0/0.
            BinaryPrimitives.WriteInt64LittleEndian(
                room[2..], double.IsNaN(value) ? CanonicalNaNBits : BitConverter.DoubleToInt64Bits(value));
            _pos += 10;
            return;
        }

        // Shortest round-trip text, invariant culture: 1.5, 1E+100, 1E-06, NaN, Infinity (ops.md §1.4).
        _pos += IlpDoubleText.Write(room, value);
    }

    private void WriteBool(Span<byte> room, bool value)
    {
        room[0] = value ? (byte)'t' : (byte)'f';
        _pos++;
    }

    private void WriteQuoted(ReadOnlySpan<char> value)
    {
        var room = Reserve(IlpEscape.MaxBytes(value.Length) + 2);
        room[0] = (byte)'"';
        int n = IlpEscape.Write(room[1..], value, IlpEscape.Mode.Quoted);
        room[n + 1] = (byte)'"';
        _pos += n + 2;
    }
}
