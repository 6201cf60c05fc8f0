using System.Buffers;
using System.Runtime.CompilerServices;

namespace NQStream.Sinks.Ilp;

/// <summary>Raw byte writes and capacity management.</summary>
public sealed partial class IlpBuffer
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteByte(byte b)
    {
        Ensure(1);
        _buf[_pos++] = b;
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buf.AsSpan(_pos));
        _pos += bytes.Length;
    }

    private void WriteEscaped(ReadOnlySpan<char> text, IlpEscape.Mode mode)
    {
        Ensure(IlpEscape.MaxBytes(text.Length));
        _pos += IlpEscape.Write(_buf.AsSpan(_pos), text, mode);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int extra)
    {
        if (_pos + extra > _buf.Length)
        {
            Grow(_pos + extra);
        }
    }

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
