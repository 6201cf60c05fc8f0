using System.Globalization;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Fast text for doubles with few decimals (prices, ratios): for the smallest <c>k ≤ 9</c> where
/// <c>m = round(d·10^k)</c> is below 2^53 and <c>m / 10^k == d</c>, the decimal <c>m·10^-k</c> parses back to
/// exactly <c>d</c> (both sides are the correctly rounded quotient of the same two exact values), so it is
/// written as the digits of <c>m</c> with a point inserted — no general shortest-round-trip search. Everything else (tiny/huge magnitudes,
/// long fractions, NaN, ±∞) goes to <see cref="double.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>.
/// The output equals .NET's invariant shortest text in the fast range (tested against it).
/// </summary>
internal static class IlpDoubleText
{
    private const double TwoPow53 = 9007199254740992.0;

    private static readonly double[] Pow10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

    /// <summary>Writes the text of <paramref name="value"/>; needs 32 bytes of room.</summary>
    public static int Write(Span<byte> dest, double value)
    {
        double abs = Math.Abs(value);
        if (abs is >= 1e-4 and < 1e15)
        {
            for (int k = 0; k < Pow10.Length; k++)
            {
                double scaled = abs * Pow10[k];
                if (scaled >= TwoPow53)
                {
                    break;
                }

                double m = Math.Round(scaled);
                if (m / Pow10[k] == abs)
                {
                    return WriteScaled(dest, (long)m, k, value < 0);
                }
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
        int pos = 0;
        if (negative)
        {
            dest[pos++] = (byte)'-';
        }

        dest[pos++] = (byte)'0';
        return pos;
    }

    private static int WriteScaled(Span<byte> dest, long m, int k, bool negative)
    {
        // 4.35·100 is not an integer in binary but 4.35·1000 is (4350): drop the trailing zeros, same decimal.
        while (k > 0 && m % 10 == 0)
        {
            m /= 10;
            k--;
        }

        int pos = 0;
        if (negative)
        {
            dest[pos++] = (byte)'-';
        }

        if (k == 0)
        {
            return pos + IlpIntText.Write(dest[pos..], m);
        }

        // Write m's digits, then open a gap for the point before the last k digits (CopyTo handles the overlap).
        int n = IlpIntText.Write(dest[pos..], m);
        if (n <= k)
        {
            // 0.00ddd: shift the digits right behind "0." and the zeros.
            int zeros = k - n;
            dest.Slice(pos, n).CopyTo(dest[(pos + 2 + zeros)..]);
            dest[pos] = (byte)'0';
            dest[pos + 1] = (byte)'.';
            dest.Slice(pos + 2, zeros).Fill((byte)'0');
            return pos + 2 + k;
        }

        int point = pos + n - k;
        dest.Slice(point, k).CopyTo(dest[(point + 1)..]);
        dest[point] = (byte)'.';
        pos += n + 1;
        return pos;
    }
}
