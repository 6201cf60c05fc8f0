using System.Globalization;
using System.Text;
using FluentAssertions;
using NQStream.Sinks.Ilp;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>The cached high digits must never leak into a timestamp whose high part differs.</summary>
public sealed class IlpTimestampTextTests
{
    [Fact]
    public void Every_value_of_a_mixed_sequence_prints_its_invariant_text()
    {
        var values = new List<long> { 1_763_735_400_000_000_000, 1_763_735_400_099_999_999, 1_763_735_400_100_000_000, 1_763_735_399_999_999_999 };
        values.AddRange([0, -1, 99_999_999, 100_000_000, 100_000_001, 1_234_567_890, long.MaxValue, long.MinValue, 1_700_000_000_000_000]);
        var rng = new Random(9);
        long ts = 1_763_735_400_000_000_000;
        for (int i = 0; i < 100_000; i++)
        {
            // Mostly monotonic with small steps (the cache's case), sometimes a jump anywhere.
            ts += rng.Next(0, 3_000_000);
            values.Add(rng.Next(50) == 0 ? rng.NextInt64(long.MinValue, long.MaxValue) >> rng.Next(0, 40) : ts);
        }

        var text = default(IlpTimestampText);
        Span<byte> buf = stackalloc byte[IlpIntText.MaxLength];
        foreach (long v in values)
        {
            buf.Fill((byte)'#');
            int n = text.Write(buf, v);
            string s = Encoding.ASCII.GetString(buf[..n]);
            if (s != v.ToString(CultureInfo.InvariantCulture))
            {
                s.Should().Be(v.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
