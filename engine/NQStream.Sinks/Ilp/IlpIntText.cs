using System.Numerics;

namespace NQStream.Sinks.Ilp;

/// <summary>Decimal text of a 64-bit integer written backwards two digits at a time (no culture lookup).</summary>
internal static class IlpIntText
{
    private static ReadOnlySpan<byte> Pairs => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>Writes <paramref name="value"/>; needs 20 bytes of room.</summary>
    public static int Write(Span<byte> dest, long value)
    {
        int pos = 0;
        ulong v = (ulong)value;
        if (value < 0)
        {
            dest[pos++] = (byte)'-';
            v = (ulong)(-(value + 1)) + 1;
        }

        int digits = CountDigits(v);
        int end = pos + digits;
        int i = end;
        var pairs = Pairs;
        while (v >= 100)
        {
            ulong q = v / 100;
            int r = (int)(v - (q * 100)) * 2;
            v = q;
            dest[--i] = pairs[r + 1];
            dest[--i] = pairs[r];
        }

        if (v >= 10)
        {
            int r = (int)v * 2;
            dest[--i] = pairs[r + 1];
            dest[--i] = pairs[r];
        }
        else
        {
            dest[--i] = (byte)('0' + (int)v);
        }

        return end;
    }

    private static int CountDigits(ulong v)
    {
        // log10 ≈ log2 · 1233 / 4096, corrected by one comparison.
        int log2 = 63 - BitOperations.LeadingZeroCount(v | 1);
        int guess = (log2 * 1233) >> 12;
        return guess + 1 + (guess < 19 && v >= PowersOf10[guess + 1] ? 1 : 0);
    }

    private static readonly ulong[] PowersOf10 =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];
}
