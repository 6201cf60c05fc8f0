using FluentAssertions;
using NQStream.Market.Chain;
using NQStream.Market.Pricing;
using NQStream.Operators.Risk;
using Xunit;

namespace NQStream.Operators.Tests.Risk;

public sealed class ChainVolatilityTests
{
    private const long Second = 1_000_000_000;
    private const long AsOf = 1_000 * Second;
    private static readonly long Expiry = AsOf + (30 * Chains.DayNs);
    private static readonly double Years = 30.0 / 365.0;
    private static readonly IvPriceRule Rule = new();

    private static double Price(double strike, OptionType type, double sigma) => Black76.Price(21_000, strike, Years, 0.045, sigma, type);

    [Fact]
    public void Mid_of_a_tight_quote_on_the_otm_side_recovers_the_volatility()
    {
        double call = Price(21_100, OptionType.Call, 0.20);
        double put = Price(20_900, OptionType.Put, 0.22);
        var chain = new ChainSnapshotBuilder("t")
            .Add(21_100, OptionType.Call, 10, 1, null, call - 0.25, call + 0.25, Expiry)
            .Add(21_100, OptionType.Put, 10, 1, null, 1.0, 999.0, Expiry) // ITM put: never used for K ≥ F
            .Add(20_900, OptionType.Put, 10, 1, null, put - 0.25, put + 0.25, Expiry)
            .Build();

        var vols = ChainVolatility.Solve(chain, 21_000, AsOf, 0.045, Rule);

        vols.Select(v => v.Source).Should().Equal(IvSource.Mid, IvSource.Mid);
        vols[0].Volatility!.Value.Should().BeApproximately(0.22, 1e-9);
        vols[1].Volatility!.Value.Should().BeApproximately(0.20, 1e-9);
        vols[1].Years!.Value.Should().BeApproximately(Years, 1e-15);
    }

    [Fact]
    public void Wide_quote_falls_back_to_a_fresh_trade_and_not_to_a_stale_one_or_a_settlement()
    {
        double call = Price(21_100, OptionType.Call, 0.20);
        // Spread 60 pts > max(0.75, 10 % of a ≈ 436-pt mid): the mid is not used.
        OptionQuote Quote(long lastTime, bool settlement) => new()
        {
            StrikeRaw = OptionQuote.ToRaw(21_100), Type = OptionType.Call, Bid = call - 30, Ask = call + 30,
            Last = call, LastTimeNs = lastTime, LastIsSettlement = settlement, ExpirationNs = Expiry,
        };

        Solve(Quote(AsOf - (60 * Second), false)).Source.Should().Be(IvSource.Last);
        Solve(Quote(AsOf - (61 * Second), false)).Source.Should().Be(IvSource.None);
        Solve(Quote(AsOf - Second, true)).Source.Should().Be(IvSource.None);
        Solve(Quote(AsOf - Chains.DayNs, true), Rule with { AcceptStaleLast = true }).Source.Should().Be(IvSource.StaleLast);
        Solve(Quote(AsOf - Chains.DayNs, true), Rule with { AcceptStaleLast = true }).Volatility!.Value.Should().BeApproximately(0.20, 1e-9);
    }

    [Fact]
    public void Spread_limit_is_the_larger_of_three_ticks_and_ten_percent_of_mid()
    {
        // Mid 10 pts: tick 0.25 → 3 ticks = 0.75 < 10 % = 1.0; mid 2 pts: tick 0.05 → 0.15 < 0.2.
        ChainVolatility.ValidMid(new OptionQuote { Bid = 9.5, Ask = 10.5 }, Rule).Should().Be(10.0);
        ChainVolatility.ValidMid(new OptionQuote { Bid = 9.4, Ask = 10.6 }, Rule).Should().BeNull();
        ChainVolatility.ValidMid(new OptionQuote { Bid = 300, Ask = 300.75 }, Rule).Should().Be(300.375);
        ChainVolatility.ValidMid(new OptionQuote { Bid = 0, Ask = 0.1 }, Rule).Should().BeNull();
        ChainVolatility.ValidMid(new OptionQuote { Bid = 2.1, Ask = 2.0 }, Rule).Should().BeNull();
    }

    [Fact]
    public void A_strike_without_a_price_gets_total_variance_interpolated_between_its_neighbours_but_never_extrapolated()
    {
        double c1 = Price(21_100, OptionType.Call, 0.20), c3 = Price(21_300, OptionType.Call, 0.30);
        var chain = new ChainSnapshotBuilder("t")
            .Add(21_100, OptionType.Call, 10, 1, null, c1 - 0.25, c1 + 0.25, Expiry)
            .Add(21_150, OptionType.Call, 10, 1, null, null, null, Expiry)
            .Add(21_300, OptionType.Call, 10, 1, null, c3 - 0.25, c3 + 0.25, Expiry)
            .Add(21_400, OptionType.Call, 10, 1, null, null, null, Expiry)
            .Build();

        var vols = ChainVolatility.Solve(chain, 21_000, AsOf, 0.045, Rule);

        vols[1].Source.Should().Be(IvSource.Interpolated);
        // σ² interpolated a quarter of the way from 0.04 to 0.09 (same T): √0.0525.
        vols[1].Volatility!.Value.Should().BeApproximately(Math.Sqrt(0.0525), 1e-9);
        vols[3].Source.Should().Be(IvSource.None);
        vols[3].Volatility.Should().BeNull();
    }

    [Fact]
    public void Expired_or_undated_rows_have_no_volatility()
    {
        var chain = new ChainSnapshotBuilder("t")
            .Add(21_100, OptionType.Call, 10, 1, 50, null, null, AsOf)
            .Add(21_200, OptionType.Call, 10, 1, 50, null, null, null)
            .Build();

        var vols = ChainVolatility.Solve(chain, 21_000, AsOf, 0.045, Rule with { AcceptStaleLast = true });

        vols.Should().OnlyContain(v => v.Source == IvSource.NoTime && v.Volatility == null);
    }

    private static StrikeVolatility Solve(OptionQuote quote, IvPriceRule? rule = null)
    {
        var chain = new ChainSnapshotBuilder("t").Add(quote).Build();
        return ChainVolatility.Solve(chain, 21_000, AsOf, 0.045, rule ?? Rule)[0];
    }
}
