using FluentAssertions;
using NQStream.Market.Pricing;
using NQStream.Operators.Risk;
using Xunit;

namespace NQStream.Operators.Tests.Risk;

public sealed class PositioningBiasTests
{
    private const long Minute = 60L * 1_000_000_000;

    // $200k premium: 100 lots at 100 pts × $20.
    private static BiasEvent Event(long ts, OptionType type, int sign, double? delta = 0.5, int date = 20250602) =>
        new(ts, date, type, sign, 100, 100.0, delta);

    [Fact]
    public void Three_call_buys_and_one_put_buy_of_200k_give_B_one_half_bullish()
    {
        var bias = new PositioningBias(new BiasSettings());
        bias.OnEvent(Event(1 * Minute, OptionType.Call, +1));
        bias.OnEvent(Event(2 * Minute, OptionType.Call, +1));
        bias.OnEvent(Event(3 * Minute, OptionType.Call, +1));
        bias.OnEvent(Event(4 * Minute, OptionType.Put, +1));

        var day = bias.TradeDate();

        day.BPremium.Should().Be(0.5);
        day.BDelta.Should().Be(0.5);
        day.Label.Should().Be(BiasLabel.Bullish);
        day.Events.Should().Be(4);
        day.PremiumTotal.Should().Be(800_000);
    }

    [Fact]
    public void A_call_sell_counts_bearish_and_a_put_sell_bullish()
    {
        var bias = new PositioningBias(new BiasSettings());
        bias.OnEvent(Event(1, OptionType.Call, -1));
        bias.TradeDate().Label.Should().Be(BiasLabel.Bearish);
        bias.TradeDate().BPremium.Should().Be(-1);

        bias.OnEvent(Event(2, OptionType.Put, -1));
        bias.TradeDate().BPremium.Should().Be(0);
        bias.TradeDate().Label.Should().Be(BiasLabel.Neutral);
    }

    [Fact]
    public void Small_unsigned_events_are_ignored_and_no_events_is_neutral_with_null_B()
    {
        var bias = new PositioningBias(new BiasSettings());
        bias.OnEvent(new BiasEvent(1, 20250602, OptionType.Call, +1, 49, 100.0, 0.5)); // $98k < $100k
        bias.OnEvent(Event(2, OptionType.Call, 0));

        var day = bias.TradeDate();

        day.Should().Be(new BiasReading(null, null, 0, 0, BiasLabel.Neutral));
    }

    [Fact]
    public void Rolling_window_drops_events_older_than_60_minutes_and_a_new_trade_date_resets_the_day()
    {
        var bias = new PositioningBias(new BiasSettings());
        bias.OnEvent(Event(0, OptionType.Put, +1));
        bias.OnEvent(Event(30 * Minute, OptionType.Call, +1));

        bias.Rolling(59 * Minute).BPremium.Should().Be(0);
        bias.Rolling(60 * Minute).BPremium.Should().Be(1); // (t − 60 min, t]: the event at 0 is out
        bias.TradeDate().Events.Should().Be(2);

        bias.OnEvent(Event(61 * Minute, OptionType.Call, -1, date: 20250603));
        bias.TradeDate().Events.Should().Be(1);
        bias.TradeDate().BPremium.Should().Be(-1);
        bias.Rolling(61 * Minute).BPremium.Should().Be(0); // the 30-min call buy and the new call sell
    }

    [Fact]
    public void Delta_weighting_uses_absolute_delta_and_skips_events_without_delta()
    {
        var bias = new PositioningBias(new BiasSettings());
        bias.OnEvent(Event(1, OptionType.Call, +1, delta: 0.8));
        bias.OnEvent(Event(2, OptionType.Put, +1, delta: -0.2));
        bias.OnEvent(Event(3, OptionType.Put, +1, delta: null));

        var day = bias.TradeDate();

        day.BDelta!.Value.Should().BeApproximately((0.8 - 0.2) / (0.8 + 0.2), 1e-12);
        day.BPremium!.Value.Should().BeApproximately(-1.0 / 3.0, 1e-12);
        day.Label.Should().Be(BiasLabel.Bearish);
    }
}
