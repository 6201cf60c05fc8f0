using FluentAssertions;
using NQStream.TestSupport;

namespace NQStream.Cli.Tests.Reference;

/// <summary>The AMZN LOBSTER sample and the comparison rule of docs/algorithms.md §8.</summary>
internal static class AmznReference
{
    private const string Stem = "AMZN_2012-06-21_34200000_57600000_";

    public static string Message => SharedData.DataPath("lobster", Stem + "message_1.csv");

    public static string Book => SharedData.DataPath("lobster", Stem + "orderbook_1.csv");

    /// <summary>"Reproduce every value to the printed precision": the value rounded to the printed decimals equals the reference.</summary>
    public static void ShouldPrintAs(this double? actual, double reference, int decimals, string what)
    {
        actual.Should().NotBeNull(what);
        Math.Round(actual!.Value, decimals, MidpointRounding.AwayFromZero).Should().Be(reference, what);
    }

    /// <summary>The tolerance for non-accuracy values: within ±0.005 of the reference, and at the printed precision.</summary>
    public static void ShouldMatch(this double? actual, double reference, int decimals, string what)
    {
        actual.Should().BeApproximately(reference, 0.005, what);
        actual.ShouldPrintAs(reference, decimals, what);
    }
}
