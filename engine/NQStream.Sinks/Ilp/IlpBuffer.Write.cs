using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Raw byte writes and capacity management. Each piece of a row (separator + name + value) reserves its
/// worst-case size once and is then written without further checks; the value writers get a span over the
/// reserved room.
/// </summary>
public sealed partial class IlpBuffer
{
    /// <summary>Writes the column separator and the pre-escaped <c>name=</c>, reserving <paramref name="valueRoom"/> more bytes; returns the room.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> ColumnStart(IlpName name, int valueRoom)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool first = ColumnOrder();
        var room = WritePadded(name.PrefixedAssign, valueRoom);
        if (first)
        {
            room[0] = (byte)' ';
        }

        return AdvancePast(room, name.PrefixedAssignLength);
    }

    /// <summary>
    /// Copies a name's wire bytes (<see cref="IlpName.PrefixedAssign"/> or <see cref="IlpName.Padded"/>) to the write
    /// position with <paramref name="extra"/> bytes of room behind them; does not advance.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> WritePadded(byte[] padded, int extra)
    {
        var room = Reserve(padded.Length + extra);
        if (padded.Length == IlpName.PaddedSize)
        {
            // Constant length: the JIT emits one vector copy instead of a Memmove call.
            new ReadOnlySpan<byte>(padded, 0, IlpName.PaddedSize).CopyTo(room);
        }
        else
        {
            padded.CopyTo(room);
        }

        return room;
    }

    /// <summary>Advances the write position by <paramref name="count"/> bytes of <paramref name="room"/> and returns the rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> AdvancePast(Span<byte> room, int count)
    {
        _pos += count;
        return room[count..];
    }

    /// <summary>Writes the column separator and a validated, escaped <c>name=</c>; returns room for <paramref name="valueRoom"/> bytes.</summary>
    private Span<byte> ColumnStart(ReadOnlySpan<char> name, int valueRoom)
    {
        byte separator = ColumnOrder() ? (byte)' ' : (byte)',';
        Check(IlpNames.CheckColumn(name, _maxNameLength));
        WriteByte(separator);
        WriteEscaped(name, IlpEscape.Mode.Name);
        WriteByte((byte)'=');
        return Reserve(valueRoom);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteByte(byte b)
    {
        Reserve(1)[0] = b;
        _pos++;
    }

    private void WriteEscaped(ReadOnlySpan<char> text, IlpEscape.Mode mode) =>
        _pos += IlpEscape.Write(Reserve(IlpEscape.MaxBytes(text.Length)), text, mode);

    /// <summary>Room for <paramref name="extra"/> bytes at the write position (grows the buffer when needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int extra)
    {
        if ((uint)(_buf.Length - _pos) < (uint)extra)
        {
            Grow(_pos + extra);
        }

        Debug.Assert(_pos + extra <= _buf.Length);
        return _buf.AsSpan(_pos);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int needed)
    {
        if (needed > _maxSize)
        {
            Fail($"Max buffer size is {_maxSize} bytes, requested buffer size: {needed}");
        }

        long size = Math.Max((long)_buf.Length * 2, needed);
        var next = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, _maxSize));
        _buf.AsSpan(0, _pos).CopyTo(next);
        ArrayPool<byte>.Shared.Return(_buf);
        _buf = next;
    }
}
