using System.Buffers.Binary;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Decimal text of integers, culture-free and branch-light. A 64-bit value is split into 8-digit groups by constant
/// divisions (multiplications after the JIT); each group's digits are computed in one 64-bit register (SWAR) and
/// written with one 8-byte store. Writers may store up to <see cref="MaxLength"/> bytes past the start even for
/// short numbers: callers reserve that room, and the stray bytes are overwritten by what follows.
/// </summary>
internal static class IlpIntText
{
    /// <summary>Longest text: <c>-9223372036854775808</c>.</summary>
    public const int MaxLength = 20;

    private const uint E4 = 10_000;
    private const uint E8 = 100_000_000;
    private const ulong E16 = 10_000_000_000_000_000;

    // Lemire's digit count for 32-bit values: (v + table[log2 v]) >> 32.
    private static ReadOnlySpan<ulong> DigitCountTable =>
    [
        4294967296, 8589934582, 8589934582, 8589934582, 12884901788, 12884901788, 12884901788, 17179868184,
        17179868184, 17179868184, 21474826480, 21474826480, 21474826480, 21474826480, 25769703776, 25769703776,
        25769703776, 30063771072, 30063771072, 30063771072, 34349738368, 34349738368, 34349738368, 34349738368,
        38554705664, 38554705664, 38554705664, 41949672960, 41949672960, 41949672960, 42949672960, 42949672960,
    ];

    /// <summary>Writes <paramref name="value"/>; <paramref name="dest"/> must hold <see cref="MaxLength"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> dest, long value)
    {
        Debug.Assert(dest.Length >= MaxLength);
        if (value >= 0)
        {
            return WriteUnsigned(ref MemoryMarshal.GetReference(dest), (ulong)value);
        }

        ref byte d = ref MemoryMarshal.GetReference(dest);
        d = (byte)'-';
        return 1 + WriteUnsigned(ref Unsafe.Add(ref d, 1), 0UL - (ulong)value);
    }

    /// <summary>Writes an unsigned value at <paramref name="d"/>; the caller guarantees 20 bytes of room.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteUnsigned(ref byte d, ulong v) => v < E8 ? WriteUpTo8(ref d, (uint)v) : WriteLarge(ref d, v);

    /// <summary>Nine or more digits (timestamps, large counters): independent 8-digit groups.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int WriteLarge(ref byte d, ulong v)
    {
        if (v < E16)
        {
            ulong hi = v / E8;
            int n = WriteUpTo8(ref d, (uint)hi);
            Write8(ref Unsafe.Add(ref d, n), (uint)(v - (hi * E8)));
            return n + 8;
        }

        ulong top = v / E16;
        ulong rest = v - (top * E16);
        ulong mid = rest / E8;
        int t = WriteUpTo8(ref d, (uint)top);
        Write8(ref Unsafe.Add(ref d, t), (uint)mid);
        Write8(ref Unsafe.Add(ref d, t + 8), (uint)(rest - (mid * E8)));
        return t + 16;
    }

    /// <summary>Writes exactly 8 digits of <paramref name="v"/> &lt; 10^8 (leading zeros kept) with one store.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write8(ref byte d, uint v) => Store8(ref d, Digits8(v));

    /// <summary>Stores the result of <see cref="Digits8"/> in text order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store8(ref byte d, ulong digits) =>
        Unsafe.WriteUnaligned(ref d, BitConverter.IsLittleEndian ? digits : BinaryPrimitives.ReverseEndianness(digits));

    /// <summary>
    /// The 8 ASCII digits of <paramref name="v"/> &lt; 10^8, first digit in the lowest byte (SWAR: the four
    /// 2-digit and eight 1-digit splits run as lanes of one 64-bit register, by multiply-shift division:
    /// x·10486 &gt;&gt; 20 = x / 100 for x &lt; 10^4 and x·103 &gt;&gt; 10 = x / 10 for x &lt; 100).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Digits8(uint v)
    {
        Debug.Assert(v < E8);
        uint high = v / E4;
        ulong merged = high | ((ulong)(v - (high * E4)) << 32);
        ulong top = ((merged * 10486) >> 20) & 0x0000_007F_0000_007F;
        ulong hundreds = ((merged - (100 * top)) << 16) + top;
        ulong tens = ((hundreds * 103) >> 10) & 0x000F_000F_000F_000F;
        tens += (hundreds - (10 * tens)) << 8;
        return tens + 0x3030_3030_3030_3030;
    }

    /// <summary>Digits in <paramref name="v"/> (1 for 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CountDigits(uint v) =>
        (int)((v + Unsafe.Add(ref MemoryMarshal.GetReference(DigitCountTable), BitOperations.Log2(v))) >> 32);

    /// <summary>
    /// Writes <paramref name="v"/> &lt; 10^8 without branches: its 8 digits with leading zeros are shifted right
    /// by the leading-zero count, so one 8-byte store puts the significant digits first (the bytes behind them are
    /// overwritten by whatever follows). Value-dependent loops would mispredict on random small counts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteUpTo8(ref byte d, uint v)
    {
        int n = CountDigits(v);
        Store8(ref d, Digits8(v) >> ((8 - n) * 8));
        return n;
    }
}
