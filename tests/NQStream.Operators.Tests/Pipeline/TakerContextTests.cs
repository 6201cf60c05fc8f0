using FluentAssertions;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Pipeline;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Pipeline;

/// <summary>The look-back taker features of §5.7 (T3–T7) on hand-built event sequences.</summary>
public sealed class TakerContextTests
{
    private static readonly long T0 = S(1_790_000_000);

    private static AggressorEvent Ev(uint instrument, long ts, int sign, long qty, double px, long touch = 100) => new()
    {
        InstrumentId = instrument,
        UnderlyingId = 7,
        TsEvent = ts,
        Sign = sign,
        Quantity = qty,
        NotionalPts = qty * px,
        Multiplier = 20,
        Levels = 1,
        IsOption = true,
        PreAskPx = px,
        PreAskSz = touch,
        PreBidPx = px - 1,
        PreBidSz = touch,
    };

    [Fact]
    public void A_lone_event_has_no_package_no_slices_full_one_sidedness_and_its_touch()
    {
        var x = new TakerContext().Measure(Ev(11, T0, +1, 50, 100, touch: 200));
        (x.PackageCount, x.SliceCount, x.AbsImbalance, x.InQuoteWave).Should().Be((0, 0, 1.0, false));
        x.TouchSize.Should().Be(200);
        x.PremiumUsd.Should().Be(100_000);
    }

    [Fact]
    public void Package_legs_within_50ms_on_other_strikes_count_when_each_is_at_least_25k()
    {
        var c = new TakerContext();
        c.Measure(Ev(11, T0, +1, 20, 100));                     // $40,000 leg
        c.Measure(Ev(12, T0 + 10_000_000, +1, 5, 100));         // $10,000: too small to count as a leg
        var third = c.Measure(Ev(13, T0 + 40_000_000, +1, 20, 100));
        third.PackageCount.Should().Be(1);
        c.Measure(Ev(14, T0 + 80_000_000, +1, 20, 100)).PackageCount.Should().Be(1, "only the leg at +40 ms is within 50 ms");
    }

    [Fact]
    public void Slices_are_same_side_events_of_similar_size_in_the_last_5_minutes()
    {
        var c = new TakerContext();
        c.Measure(Ev(11, T0, +1, 10, 50));
        c.Measure(Ev(11, T0 + S(60), +1, 14, 50));
        c.Measure(Ev(11, T0 + S(120), -1, 10, 50));     // other side
        c.Measure(Ev(11, T0 + S(130), +1, 40, 50));     // 4x: not a slice of 10
        var x = c.Measure(Ev(11, T0 + S(200), +1, 10, 50));
        x.SliceCount.Should().Be(2);
        x.AbsImbalance.Should().BeApproximately((10 + 14 + 40 + 10 - 10) / 84.0, 1e-12);
        c.Measure(Ev(11, T0 + S(200) + S(300), +1, 10, 50)).SliceCount.Should().Be(0, "everything older than 5 min has left");
    }

    [Fact]
    public void Twenty_instruments_quoting_within_a_millisecond_make_a_quote_wave()
    {
        var c = new TakerContext();
        for (uint i = 0; i < 19; i++)
        {
            c.OnQuote(7, 100 + i, T0 - 500_000);
        }

        c.Measure(Ev(11, T0, +1, 10, 50)).InQuoteWave.Should().BeFalse("19 instruments");
        c.OnQuote(7, 200, T0);
        c.Measure(Ev(12, T0, +1, 10, 50)).InQuoteWave.Should().BeTrue();
        c.Measure(Ev(13, T0 + 600_000, +1, 10, 50)).InQuoteWave.Should().BeFalse("the wave is more than 1 ms old");
    }
}
