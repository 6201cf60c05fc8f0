using System.Globalization;
using System.Text;
using FluentAssertions;
using NQStream.Sinks.Ilp;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

public sealed class IlpIntTextTests
{
    [Fact]
    public void Matches_invariant_formatting_at_every_digit_boundary_and_at_random()
    {
        var values = new List<long> { 0, long.MinValue, long.MaxValue, long.MinValue + 1 };
        for (long p = 1; p > 0 && p <= long.MaxValue / 10; p *= 10)
        {
            values.AddRange([p - 1, p, p + 1, -p + 1, -p, -p - 1, p * 10 - 1]);
        }

        var rng = new Random(3);
        for (int i = 0; i < 200_000; i++)
        {
            values.Add(rng.NextInt64(long.MinValue, long.MaxValue) >> rng.Next(0, 63));
        }

        Span<byte> buf = stackalloc byte[24];
        foreach (long v in values)
        {
            int n = IlpIntText.Write(buf, v);
            string text = Encoding.ASCII.GetString(buf[..n]);
            if (text != v.ToString(CultureInfo.InvariantCulture))
            {
                text.Should().Be(v.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void Digit_groups_are_exact_on_a_sweep_of_every_8_digit_magnitude()
    {
        // Digits8 (SWAR) and WriteUpTo8 (shifted store) over a stride through [0, 10^8) plus every power-of-ten edge.
        var values = new List<uint>();
        for (uint v = 0; v < 100_000_000; v += 997)
        {
            values.Add(v);
        }

        for (uint p = 1; p <= 100_000_000; p *= 10)
        {
            values.AddRange([p - 1, p, p + 1]);
        }

        Span<byte> buf = stackalloc byte[16];
        foreach (uint v in values.Where(x => x < 100_000_000))
        {
            ulong digits = IlpIntText.Digits8(v);
            string eight = Encoding.ASCII.GetString(BitConverter.GetBytes(digits));
            if (eight != v.ToString("D8", CultureInfo.InvariantCulture))
            {
                eight.Should().Be(v.ToString("D8", CultureInfo.InvariantCulture));
            }

            buf.Fill((byte)'#');
            int n = IlpIntText.WriteUpTo8(ref buf[0], v);
            string text = Encoding.ASCII.GetString(buf[..n]);
            if (text != v.ToString(CultureInfo.InvariantCulture))
            {
                text.Should().Be(v.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
