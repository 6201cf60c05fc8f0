using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Text of designated timestamps (19-digit nanoseconds) with the digits above the last eight cached: consecutive
/// rows' timestamps share them for 100 ms of event time, so a row usually formats only its low eight digits
/// (one <see cref="IlpIntText.Digits8"/>) and copies the cached high ones with two 8-byte stores.
/// </summary>
[DebuggerDisplay("high {_high}")]
internal struct IlpTimestampText
{
    private const ulong E8 = 100_000_000;

    private ulong _high; // 0 = nothing cached (a cached high part is at least 1)
    private ulong _text0;
    private ulong _text1;
    private int _length;

    /// <summary>Writes <paramref name="value"/>; <paramref name="dest"/> must hold <see cref="IlpIntText.MaxLength"/> bytes.</summary>
    public int Write(Span<byte> dest, long value)
    {
        Debug.Assert(dest.Length >= IlpIntText.MaxLength);
        if (value < (long)E8)
        {
            return IlpIntText.Write(dest, value);
        }

        ulong high = (ulong)value / E8;
        uint low = (uint)((ulong)value - (high * E8));
        if (high != _high)
        {
            Cache(high);
        }

        ref byte d = ref MemoryMarshal.GetReference(dest);
        Unsafe.WriteUnaligned(ref d, _text0);
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref d, 8), _text1);
        IlpIntText.Write8(ref Unsafe.Add(ref d, _length), low);
        return _length + 8;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Cache(ulong high)
    {
        // high < 2^63 / 10^8: at most 11 digits, kept as the 16 bytes they are written in.
        Span<byte> text = stackalloc byte[IlpIntText.MaxLength];
        _length = IlpIntText.WriteUnsigned(ref MemoryMarshal.GetReference(text), high);
        _text0 = MemoryMarshal.Read<ulong>(text);
        _text1 = MemoryMarshal.Read<ulong>(text[8..]);
        _high = high;
    }
}
