using System.Buffers.Binary;

namespace NQStream.Sinks.Ilp;

/// <summary>Column writers: one per ILP value type (docs/ops.md §1.4, §1.6).</summary>
public sealed partial class IlpBuffer
{
    private const byte BinaryDouble = 0x10;
    private const long CanonicalNaNBits = 0x7FF8_0000_0000_0000;

    /// <summary>Adds a 64-bit integer column (<c>42i</c>).</summary>
    public IlpBuffer IntColumn(IlpName name, long value)
    {
        ColumnName(name);
        WriteIntSuffixed(value, (byte)'i');
        return this;
    }

    /// <summary>Adds a 64-bit integer column (<c>42i</c>), validating the name.</summary>
    public IlpBuffer IntColumn(ReadOnlySpan<char> name, long value)
    {
        ColumnName(name);
        WriteIntSuffixed(value, (byte)'i');
        return this;
    }

    /// <summary>Adds a double column: shortest round-trip text in v1, 8 binary bytes in v2.</summary>
    public IlpBuffer FloatColumn(IlpName name, double value)
    {
        ColumnName(name);
        WriteDouble(value);
        return this;
    }

    /// <summary>Adds a double column, validating the name.</summary>
    public IlpBuffer FloatColumn(ReadOnlySpan<char> name, double value)
    {
        ColumnName(name);
        WriteDouble(value);
        return this;
    }

    /// <summary>Adds a boolean column (<c>t</c>/<c>f</c>).</summary>
    public IlpBuffer BoolColumn(IlpName name, bool value)
    {
        ColumnName(name);
        WriteByte(value ? (byte)'t' : (byte)'f');
        return this;
    }

    /// <summary>Adds a boolean column (<c>t</c>/<c>f</c>), validating the name.</summary>
    public IlpBuffer BoolColumn(ReadOnlySpan<char> name, bool value)
    {
        ColumnName(name);
        WriteByte(value ? (byte)'t' : (byte)'f');
        return this;
    }

    /// <summary>Adds a string (VARCHAR) column: quoted, with <c>"</c>, <c>\</c>, LF and CR escaped.</summary>
    public IlpBuffer StringColumn(IlpName name, ReadOnlySpan<char> value)
    {
        ColumnName(name);
        WriteQuoted(value);
        return this;
    }

    /// <summary>Adds a string (VARCHAR) column, validating the name.</summary>
    public IlpBuffer StringColumn(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        ColumnName(name);
        WriteQuoted(value);
        return this;
    }

    /// <summary>Adds a timestamp column in microseconds (<c>…t</c>).</summary>
    public IlpBuffer TimestampColumnMicros(IlpName name, long micros)
    {
        ColumnName(name);
        WriteIntSuffixed(micros, (byte)'t');
        return this;
    }

    /// <summary>Adds a timestamp column in microseconds (<c>…t</c>), validating the name.</summary>
    public IlpBuffer TimestampColumnMicros(ReadOnlySpan<char> name, long micros)
    {
        ColumnName(name);
        WriteIntSuffixed(micros, (byte)'t');
        return this;
    }

    /// <summary>Adds a timestamp column in nanoseconds: <c>…n</c> in v2; truncated to <c>…t</c> µs in v1 (as the official clients do).</summary>
    public IlpBuffer TimestampColumnNanos(IlpName name, long nanos)
    {
        ColumnName(name);
        WriteNanos(nanos);
        return this;
    }

    /// <summary>Adds a timestamp column in nanoseconds, validating the name.</summary>
    public IlpBuffer TimestampColumnNanos(ReadOnlySpan<char> name, long nanos)
    {
        ColumnName(name);
        WriteNanos(nanos);
        return this;
    }

    private void ColumnName(IlpName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        BeginColumn();
        WriteRaw(name.EscapedAssign);
    }

    private void ColumnName(ReadOnlySpan<char> name)
    {
        BeginColumn();
        Check(IlpNames.CheckColumn(name, _maxNameLength));
        WriteEscaped(name, IlpEscape.Mode.Name);
        WriteByte((byte)'=');
    }

    private void WriteNanos(long nanos)
    {
        if (Version >= IlpProtocolVersion.V2)
        {
            WriteIntSuffixed(nanos, (byte)'n');
        }
        else
        {
            WriteIntSuffixed(nanos / 1000, (byte)'t');
        }
    }

    private void WriteIntSuffixed(long value, byte suffix)
    {
        Ensure(21);
        WriteInt64(value);
        _buf[_pos++] = suffix;
    }

    private void WriteInt64(long value) => _pos += IlpIntText.Write(_buf.AsSpan(_pos), value);

    private void WriteDouble(double value)
    {
        if (Version >= IlpProtocolVersion.V2)
        {
            Ensure(10);
            _buf[_pos++] = (byte)'=';
            _buf[_pos++] = BinaryDouble;
            // One NaN bit pattern on the wire (0x7FF8…, what JavaScript writes); x64 produces 0xFFF8… for 0/0.
            BinaryPrimitives.WriteInt64LittleEndian(
                _buf.AsSpan(_pos), double.IsNaN(value) ? CanonicalNaNBits : BitConverter.DoubleToInt64Bits(value));
            _pos += 8;
            return;
        }

        // Shortest round-trip text, invariant culture: 1.5, 1E+100, 1E-06, NaN, Infinity (ops.md §1.4).
        Ensure(32);
        _pos += IlpDoubleText.Write(_buf.AsSpan(_pos), value);
    }

    private void WriteQuoted(ReadOnlySpan<char> value)
    {
        Ensure(IlpEscape.MaxBytes(value.Length) + 2);
        _buf[_pos++] = (byte)'"';
        _pos += IlpEscape.Write(_buf.AsSpan(_pos), value, IlpEscape.Mode.Quoted);
        _buf[_pos++] = (byte)'"';
    }
}
