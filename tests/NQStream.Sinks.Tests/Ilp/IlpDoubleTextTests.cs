using System.Globalization;
using System.Text;
using FluentAssertions;
using NQStream.Sinks.Ilp;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>The fast double path must print exactly what .NET's invariant shortest round-trip text prints.</summary>
public sealed class IlpDoubleTextTests
{
    [Fact]
    public void Matches_dotnet_text_on_edge_values()
    {
        foreach (double d in new[] { 0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.0 / 3.0, 21000.25, 123456789012345.0, 999999999999999.9, 1e15, 1e-4, 1e-5, 9.999e-5, 0.00012, 4.35, 2.675, 1e14 + 0.5, double.Epsilon, double.MaxValue, double.NaN, double.PositiveInfinity, -123.456 })
        {
            Text(d).Should().Be(d.ToString(CultureInfo.InvariantCulture), d.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Matches_dotnet_text_where_the_fast_path_changes_shape()
    {
        // Around 1e6 the decimals drop below 9; fractions with 0–8 trailing zeros; signs; the 1e15 and 1e-4 bounds.
        double[] values =
        [
            999_999.999999999, 1_000_000.12345678, 1_000_000.5, 12_345_678.9, 123_456_789_012.5, 999_999_999_999_999.0,
            99_999_999_999_999.95, 0.1, 0.5, 1.1, 0.000100001, 0.0001, -0.0001, 0.00012345678, 0.000123456789,
            0.123456789, -0.987654321, 21_000.25, -21_000.25, 4_999.0, 100_000_000.0, 12_345_678_901_234.5, 1e14 + 0.25,
            -3.0, 7e-3, 1.000000001, 0.999999999, 1e9 + 0.5, 123.40000001,
        ];
        foreach (double d in values)
        {
            Text(d).Should().Be(d.ToString(CultureInfo.InvariantCulture), d.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Matches_dotnet_text_on_a_million_random_prices_ratios_and_raw_doubles()
    {
        var rng = new Random(5);
        for (int i = 0; i < 1_000_000; i++)
        {
            double d = (i % 4) switch
            {
                0 => Math.Round((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-4, 16)), rng.Next(0, 10)),
                1 => rng.Next(-10_000_000, 10_000_000) / Math.Pow(10, rng.Next(0, 10)),
                2 => BitConverter.Int64BitsToDouble(rng.NextInt64()),
                _ => (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-6, 17)),
            };
            string expected = d.ToString(CultureInfo.InvariantCulture);
            string actual = Text(d);
            if (actual != expected)
            {
                actual.Should().Be(expected, $"bits 0x{BitConverter.DoubleToInt64Bits(d):X16}");
            }
        }
    }

    private static string Text(double d)
    {
        Span<byte> buf = stackalloc byte[40];
        int n = IlpDoubleText.Write(buf, d);
        return Encoding.ASCII.GetString(buf[..n]);
    }
}
