using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Fast text for doubles with few decimals (prices, ratios, z-scores). For <c>1e-4 ≤ |d| &lt; 1e15</c> pick the
/// largest <c>k ≤ 9</c> with <c>|d|·10^k &lt; 1e15</c> (below 2^50) and the integer <c>m = round(|d|·10^k)</c>:
/// <list type="bullet">
/// <item>if some decimal <c>D</c> with at most <c>k</c> decimals parses to <c>d</c>, then <c>|d − D| ≤ ulp(d)/2</c>, so
/// <c>|d|·10^k</c> (product rounding included) is within 0.375 of the integer <c>D·10^k</c> and <c>m = D·10^k</c>;</item>
/// <item><c>m / 10^k == |d|</c> holds exactly when <c>m·10^-k</c> parses back to <c>|d|</c> (division and parsing are both
/// the correctly rounded quotient of the same two exact values) — one multiplication, one division, one test;</item>
/// <item>dropping <c>m</c>'s trailing zeros gives the fewest decimals, i.e. the fewest significant digits, and at
/// that precision the round-tripping decimal is unique (10^-k is above ulp(d)), so it is the text .NET's shortest
/// round-trip formatting prints (no exponent in this range).</item>
/// </list>
/// The digits are produced without value-dependent branches or loops (random signs and digit counts would
/// mispredict): 8-digit groups in one register (<see cref="IlpIntText.Digits8"/>), trailing zeros cut by counting
/// zero bytes. Everything else (tiny/huge magnitudes, more than 9 decimals, NaN, ±∞) goes to
/// <see cref="double.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>. Tested equal to
/// .NET's invariant text on a million values.
/// </summary>
internal static class IlpDoubleText
{
    /// <summary>Room the caller must provide (<c>-1.7976931348623157E+308</c> is 24 bytes; the fast path stores up to 27).</summary>
    public const int MaxLength = 32;

    private const double FastMax = 1e15;

    private static ReadOnlySpan<double> Pow10 => [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

    /// <summary>Writes the text of <paramref name="value"/>; <paramref name="dest"/> must hold <see cref="MaxLength"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Write(Span<byte> dest, double value)
    {
        Debug.Assert(dest.Length >= MaxLength);
        double abs = Math.Abs(value);
        if (abs is >= 1e-4 and < FastMax)
        {
            // k = 9 for |d| < 1e6 (every price and ratio); one fewer decimal per extra integer digit above.
            int k = 9;
            if (abs >= 1e6)
            {
                double limit = 1e6;
                do
                {
                    k--;
                    limit *= 10;
                }
                while (abs >= limit);
            }

            double p = Pow10[k];
            long m = RoundToInt64(abs * p);
            if (m / p == abs)
            {
                return WriteScaled(ref MemoryMarshal.GetReference(dest), abs, (ulong)m, k, value < 0);
            }
        }
        else if (value == 0)
        {
            return WriteZero(dest, double.IsNegative(value));
        }

        value.TryFormat(dest, out int written, default, CultureInfo.InvariantCulture);
        return written;
    }

    private static int WriteZero(Span<byte> dest, bool negative)
    {
        if (negative)
        {
            dest[0] = (byte)'-';
            dest[1] = (byte)'0';
            return 2;
        }

        dest[0] = (byte)'0';
        return 1;
    }

    /// <summary>round-half-even(<paramref name="x"/>), 0 ≤ x &lt; 2^53: one <c>cvtsd2si</c> on x64 (default rounding mode) instead of round + convert.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long RoundToInt64(double x) =>
        Sse2.X64.IsSupported ? Sse2.X64.ConvertToInt64(Vector128.CreateScalarUnsafe(x)) : (long)Math.Round(x);

    private static int WriteScaled(ref byte d, double abs, ulong m, int k, bool negative)
    {
        // m = D·10^k < 1e15 for the decimal D that parses to abs. D's integer part is ⌊abs⌋: an integer between
        // them would be a double nearer to D than abs is. Taking it from abs (a truncating convert) keeps the
        // division m / 10^k off the dependency chain. The fraction is scaled to exactly 9 digits (below 10^9).
        ulong integer = (ulong)abs;
        uint fraction = (uint)(m - (integer * (ulong)Pow10[k]));
        if (k < 9)
        {
            fraction *= (uint)Pow10[9 - k];
        }

        // Branch-free sign: random signs would mispredict. A '-' that is not wanted is overwritten by the digits.
        d = (byte)'-';
        int pos = negative ? 1 : 0;
        pos += IlpIntText.WriteUnsigned(ref Unsafe.Add(ref d, pos), integer);
        if (fraction == 0)
        {
            return pos;
        }

        // Write all 9 fraction digits (one, then eight from one register) and cut the trailing zeros: XOR with '0'
        // leaves zero bytes exactly at the '0' digits, so the leading zero bytes of the last eight (first digit in
        // the lowest byte) are the trailing zeros; fraction != 0 means at most 8. Bytes past the cut are
        // overwritten by what follows.
        Unsafe.Add(ref d, pos) = (byte)'.';
        ref byte f = ref Unsafe.Add(ref d, pos + 1);
        uint first = fraction / 100_000_000;
        f = (byte)('0' + first);
        ulong last8 = IlpIntText.Digits8(fraction - (first * 100_000_000));
        IlpIntText.Store8(ref Unsafe.Add(ref f, 1), last8);
        return pos + 1 + 9 - (BitOperations.LeadingZeroCount(last8 ^ 0x3030_3030_3030_3030) >> 3);
    }
}
