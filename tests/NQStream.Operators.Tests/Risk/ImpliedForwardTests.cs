using FluentAssertions;
using NQStream.Market.Chain;
using NQStream.Market.Pricing;
using NQStream.Operators.Risk;
using Xunit;

namespace NQStream.Operators.Tests.Risk;

public sealed class ImpliedForwardTests
{
    private static readonly long Expiry = 30 * Chains.DayNs;

    [Fact]
    public void Parity_on_mids_recovers_F_and_the_median_ignores_one_stale_strike()
    {
        var builder = new ChainSnapshotBuilder("t");
        foreach (double k in new[] { 20_900.0, 21_000, 21_100 })
        {
            double c = Black76.Price(21_037.5, k, 30 / 365.0, 0.045, 0.2, OptionType.Call);
            double p = Black76.Price(21_037.5, k, 30 / 365.0, 0.045, 0.2, OptionType.Put);
            if (k == 21_100)
            {
                c += 40; // stale call quote: its estimate is 40/D too high
            }

            builder.Add(k, OptionType.Call, 1, 1, null, c - 0.25, c + 0.25, Expiry);
            builder.Add(k, OptionType.Put, 1, 1, null, p - 0.25, p + 0.25, Expiry);
        }

        var forward = ImpliedForward.FromParity(builder.Build(), 0, 0.045, new IvPriceRule());

        forward!.Value.Should().BeApproximately(21_037.5, 1e-9);
    }

    [Fact]
    public void No_two_sided_strike_gives_null()
    {
        var chain = new ChainSnapshotBuilder("t")
            .Add(21_000, OptionType.Call, 1, 1, 100, null, null, Expiry)
            .Add(21_000, OptionType.Put, 1, 1, 100, 99, 101, Expiry)
            .Build();

        ImpliedForward.FromParity(chain, 0, 0.045, new IvPriceRule()).Should().BeNull();
    }
}
