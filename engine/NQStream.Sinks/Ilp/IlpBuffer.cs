using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Encodes ILP rows into a pooled byte buffer, writing escaped UTF-8 directly (no intermediate strings): zero
/// allocations per row once the buffer has grown to its working size. Not thread-safe: one writer.
/// A row is <see cref="Table(IlpName)"/>, symbols, columns, then <see cref="At"/> or <see cref="AtNow"/>;
/// an invalid name or call order throws <see cref="IlpException"/> and rolls the unfinished row back.
/// </summary>
[DebuggerDisplay("{RowCount} rows, {Length} bytes")]
public sealed partial class IlpBuffer : IDisposable
{
    private readonly int _maxNameLength;
    private readonly int _maxSize;
    private byte[] _buf;
    private int _pos;
    private int _rowStart;
    private RowState _state;
    private IlpTimestampText _timestampText;

    /// <summary>Creates a buffer.</summary>
    /// <param name="version">Wire version.</param>
    /// <param name="initialSize">Initial capacity in bytes (<c>init_buf_size</c>).</param>
    /// <param name="maxSize">Largest allowed buffer (<c>max_buf_size</c>); growing past it throws.</param>
    /// <param name="maxNameLength">Largest table/column name in UTF-8 bytes (<c>max_name_len</c>).</param>
    public IlpBuffer(
        IlpProtocolVersion version = IlpProtocolVersion.V1,
        int initialSize = 64 * 1024,
        int maxSize = 100 * 1024 * 1024,
        int maxNameLength = IlpNames.DefaultMaxNameLength)
    {
        if (version is not (IlpProtocolVersion.V1 or IlpProtocolVersion.V2))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "protocol version must be 1 or 2");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(initialSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSize, initialSize);
        Version = version;
        _maxSize = maxSize;
        _maxNameLength = maxNameLength;
        _buf = ArrayPool<byte>.Shared.Rent(initialSize);
    }

    private enum RowState : byte
    {
        None,
        Table,
        Symbols,
        Columns,
    }

    /// <summary>The wire version this buffer encodes.</summary>
    public IlpProtocolVersion Version { get; }

    /// <summary>Completed rows in the buffer.</summary>
    public int RowCount { get; private set; }

    /// <summary>Bytes of completed rows (an unfinished row is not counted).</summary>
    public int Length => _rowStart;

    /// <summary>True while a row has been started but not closed.</summary>
    public bool InRow => _state != RowState.None;

    /// <summary>The completed rows' bytes, valid until the next write or <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buf.AsSpan(0, _rowStart);

    /// <summary>The completed rows' bytes as memory, valid until the next write or <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buf.AsMemory(0, _rowStart);

    /// <summary>Starts a row with a pre-validated table name.</summary>
    public IlpBuffer Table(IlpName table)
    {
        ArgumentNullException.ThrowIfNull(table);
        BeginRow();
        WritePadded(table.Padded, 0);
        _pos += table.Escaped.Length;
        return this;
    }

    /// <summary>Starts a row, validating and escaping the table name.</summary>
    public IlpBuffer Table(ReadOnlySpan<char> table)
    {
        BeginRow();
        Check(IlpNames.CheckTable(table, _maxNameLength));
        WriteEscaped(table, IlpEscape.Mode.Name);
        return this;
    }

    /// <summary>Adds a symbol (tag) with a pre-validated name.</summary>
    public IlpBuffer Symbol(IlpName name, ReadOnlySpan<char> value)
    {
        ArgumentNullException.ThrowIfNull(name);
        CheckSymbolAllowed();
        var room = AdvancePast(WritePadded(name.PrefixedAssign, IlpEscape.MaxBytes(value.Length)), name.PrefixedAssignLength);
        _pos += IlpEscape.Write(room, value, IlpEscape.Mode.Name);
        return this;
    }

    /// <summary>Adds a symbol (tag), validating its name.</summary>
    public IlpBuffer Symbol(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        CheckSymbolAllowed();
        WriteByte((byte)',');
        Check(IlpNames.CheckColumn(name, _maxNameLength));
        WriteEscaped(name, IlpEscape.Mode.Name);
        WriteByte((byte)'=');
        WriteEscaped(value, IlpEscape.Mode.Name);
        return this;
    }

    /// <summary>Closes the row with a designated timestamp in nanoseconds since the Unix epoch.</summary>
    public void At(long timestampNs)
    {
        EnsureClosable();
        var room = Reserve(IlpIntText.MaxLength + 3);
        room[0] = (byte)' ';
        int n = 1 + _timestampText.Write(room[1..], timestampNs);
        if (Version >= IlpProtocolVersion.V2)
        {
            room[n++] = (byte)'n';
        }

        room[n] = (byte)'\n';
        _pos += n + 1;
        CloseRow();
    }

    /// <summary>Closes the row without a timestamp: the server assigns its own time.</summary>
    public void AtNow()
    {
        EnsureClosable();
        EndRow();
    }

    /// <summary>Discards an unfinished row (completed rows stay).</summary>
    public void CancelRow()
    {
        _pos = _rowStart;
        _state = RowState.None;
    }

    /// <summary>Empties the buffer (keeps its capacity).</summary>
    public void Clear()
    {
        _pos = 0;
        _rowStart = 0;
        RowCount = 0;
        _state = RowState.None;
    }

    /// <summary>Returns the pooled array.</summary>
    public void Dispose()
    {
        var buf = _buf;
        _buf = [];
        _pos = _rowStart = 0;
        if (buf.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buf);
        }
    }

    private void BeginRow()
    {
        if (_state != RowState.None)
        {
            Fail("Table name has already been set");
        }

        _state = RowState.Table;
    }

    private void CheckSymbolAllowed()
    {
        if (_state is RowState.None or RowState.Columns)
        {
            Fail("Symbol can be added only after table name is set and before any column added");
        }

        _state = RowState.Symbols;
    }

    /// <summary>Checks the call order; true for the row's first column (preceded by a space, the others by a comma).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ColumnOrder()
    {
        var state = _state;
        if (state == RowState.None)
        {
            Fail("Column can be set only after table name is set");
        }

        _state = RowState.Columns;
        return state != RowState.Columns;
    }

    private void EnsureClosable()
    {
        if (_state is RowState.None or RowState.Table)
        {
            Fail("The row must have a symbol or column set before it is closed");
        }
    }

    private void EndRow()
    {
        WriteByte((byte)'\n');
        CloseRow();
    }

    private void CloseRow()
    {
        _rowStart = _pos;
        _state = RowState.None;
        RowCount++;
    }

    private void Check(string? error)
    {
        if (error is not null)
        {
            Fail(error);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Fail(string message)
    {
        CancelRow();
        throw new IlpException(message);
    }
}
