using FluentAssertions;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Filters;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Filters;

public sealed class EmergencyDetectorTests
{
    private const uint Nqz = 7;

    // 1 lot, Δ 0.5: FE 0.5, X = 50 in the default x100 unit.
    private static AggressorEvent Ev(long ts, int sign = 1, double delta = 0.5, uint instrument = 100, long qty = 1) => new()
    {
        InstrumentId = instrument,
        TsEvent = ts,
        Sign = sign,
        Quantity = qty,
        IsOption = true,
        UnderlyingId = Nqz,
        Delta = delta,
    };

    [Fact]
    public void Hundred_events_of_plus_50_inside_4_min_59_s_fire_on_the_hundredth()
    {
        var d = new EmergencyDetector(new EmergencyOptions());
        var sink = new CollectingSink<EmergencySignal>();
        for (var i = 0; i < 100; i++)
        {
            sink.Items.Should().BeEmpty();
            d.OnEvent(Ev(S(i * 299.0 / 99)), ref sink);
        }

        var s = sink.Items.Should().ContainSingle().Subject;
        s.TsEvent.Should().Be(S(299));
        s.UnderlyingId.Should().Be(Nqz);
        s.WindowStartNs.Should().Be(S(-1));
        s.X.Should().Be(5000);
        s.FeNet.Should().Be(50);
        s.FeBuy.Should().Be(50);
        s.FeSell.Should().Be(0);
        s.NEvents.Should().Be(100);
        s.Direction.Should().Be(1);
        s.TopContributors.Should().Equal(new EmergencyContributor(100, 50));
        d.IsArmed(Nqz).Should().BeFalse();
    }

    [Fact]
    public void The_same_events_over_5_min_1_s_never_fire()
    {
        var d = new EmergencyDetector(new EmergencyOptions());
        var sink = new CollectingSink<EmergencySignal>();
        for (var i = 0; i < 100; i++)
        {
            d.OnEvent(Ev(S(i * 301.0 / 99)), ref sink);
        }

        sink.Items.Should().BeEmpty();
        d.CurrentX(Nqz).Should().Be(4950);    // the first event left the window (ts ≤ t − 300 s)
    }

    [Fact]
    public void Bought_puts_add_negative_X_and_fire_downward_with_top_contributors()
    {
        var d = new EmergencyDetector(new EmergencyOptions());
        var sink = new CollectingSink<EmergencySignal>();
        d.OnEvent(Ev(S(1), sign: +1, delta: 0.4, instrument: 201, qty: 20), ref sink);     // call bought: +8 FE
        for (var i = 0; i < 6; i++)
        {
            d.OnEvent(Ev(S(2 + i), sign: +1, delta: -0.5, instrument: (uint)(300 + i), qty: 20), ref sink);   // puts bought: −10 FE each
        }

        var s = sink.Items.Should().ContainSingle().Subject;
        s.X.Should().Be(-5200);                // 100 · (8 − 60)
        s.FeBuy.Should().Be(8);
        s.FeSell.Should().Be(-60);
        s.Direction.Should().Be(-1);
        s.TopContributors.Should().Equal(
            new EmergencyContributor(300, -10),
            new EmergencyContributor(301, -10),
            new EmergencyContributor(302, -10),
            new EmergencyContributor(303, -10),
            new EmergencyContributor(304, -10));
    }

    [Fact]
    public void Hysteresis_no_second_firing_until_X_drops_below_4000()
    {
        var d = new EmergencyDetector(new EmergencyOptions());
        var sink = new CollectingSink<EmergencySignal>();
        long t = 0;
        void Add(int n, int sign)
        {
            for (var i = 0; i < n; i++)
            {
                d.OnEvent(Ev(t += S(0.1), sign), ref sink);
            }
        }

        Add(100, +1);                          // X = 5000: fires
        sink.Items.Should().HaveCount(1);
        Add(20, -1);                           // 4000: not below 4000, still disarmed
        d.IsArmed(Nqz).Should().BeFalse();
        Add(20, +1);                           // 5000 again: no second firing
        sink.Items.Should().HaveCount(1);
        Add(21, -1);                           // 3950 < 4000: re-armed
        d.IsArmed(Nqz).Should().BeTrue();
        Add(21, +1);                           // 5000: fires again
        sink.Items.Should().HaveCount(2);
        d.Fired.Should().Be(2);
    }

    [Fact]
    public void Events_leaving_the_window_rearm_the_detector()
    {
        var d = new EmergencyDetector(new EmergencyOptions());
        var sink = new CollectingSink<EmergencySignal>();
        for (var i = 0; i < 100; i++)
        {
            d.OnEvent(Ev(S(i)), ref sink);
        }

        d.AdvanceTo(S(360), ref sink);         // events at 0..60 s left: 39 remain, X = 1950
        d.CurrentX(Nqz).Should().Be(1950);
        d.IsArmed(Nqz).Should().BeTrue();
        sink.Items.Should().HaveCount(1);
    }

    [Fact]
    public void Futures_unit_reads_the_threshold_as_FE_and_unusable_events_are_excluded()
    {
        var d = new EmergencyDetector(new EmergencyOptions { DeltaUnit = DeltaUnit.Futures, Threshold = 50 });
        var sink = new CollectingSink<EmergencySignal>();
        d.OnEvent(Ev(S(1), sign: 0), ref sink);
        d.OnEvent(Ev(S(1)) with { Delta = null }, ref sink);
        d.OnEvent(Ev(S(1)) with { IsOption = false }, ref sink);
        d.OnEvent(Ev(S(1)) with { UnderlyingId = 0 }, ref sink);
        d.Excluded.Should().Be(4);

        d.OnEvent(Ev(S(2), qty: 99), ref sink);                 // 49.5 FE
        sink.Items.Should().BeEmpty();
        d.OnEvent(Ev(S(3)), ref sink);                          // 50 FE
        sink.Items.Should().ContainSingle().Which.X.Should().Be(50);
    }
}
