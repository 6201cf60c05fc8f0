using FluentAssertions;
using NQStream.Market.Instruments;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Options;
using NQStream.Operators.Pressure;
using NQStream.Operators.Tests.Aggressor;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Pressure;

public sealed class DeltaWeightedFlowTests
{
    private static AggressorEvent Ev(long ts, int sign, long qty, double? delta, uint underlying = 7) => new()
    {
        TsEvent = ts,
        Sign = sign,
        Quantity = qty,
        Delta = delta,
        IsOption = true,
        UnderlyingId = underlying,
    };

    [Fact]
    public void Ten_lots_bought_of_the_ATM_30d_call_and_sold_of_the_put_match_the_section_3_vectors()
    {
        var ts = S(1_790_000_000);
        var exp = ts + S(30 * 86_400);
        var o = new Black76Options();
        var callDelta = OptionDelta.Compute(OptionDeltaTests.Nq(InstrumentClass.Call, 21000, exp), 21000, 0.2, ts, o);
        var putDelta = OptionDelta.Compute(OptionDeltaTests.Nq(InstrumentClass.Put, 21000, exp), 21000, 0.2, ts, o);
        var call = new DeltaWeightedFlow(11, S(10));
        var put = new DeltaWeightedFlow(12, S(10));
        var sink = new CollectingSink<DeltaFlowWindow>();

        call.OnEvent(Ev(ts, +1, 10, callDelta), ref sink);
        put.OnEvent(Ev(ts, -1, 10, putDelta), ref sink);
        call.AdvanceTo(ts + S(10), ref sink);
        put.AdvanceTo(ts + S(10), ref sink);

        sink.Items.Should().HaveCount(2);
        sink.Items[0].Key.Should().Be(11u);
        sink.Items[0].FeNet.Should().BeApproximately(5.09548, 5e-6);
        sink.Items[0].DollarDeltaNet.Should().BeApproximately(101.910, 5e-4);   // §4.3 prints 3 decimals
        sink.Items[1].FeNet.Should().BeApproximately(4.86761, 5e-6);
        sink.Items[1].FeBuy.Should().Be(sink.Items[1].FeNet);
        sink.Items[1].StartNs.Should().Be(ts);
    }

    [Fact]
    public void Buy_and_sell_terms_missing_delta_and_side_N_are_reported_per_window()
    {
        var flow = new DeltaWeightedFlow(5, S(10));
        var sink = new CollectingSink<DeltaFlowWindow>();

        flow.OnEvent(Ev(S(1), +1, 10, 0.5), ref sink);     // +5
        flow.OnEvent(Ev(S(2), -1, 4, 0.25), ref sink);     // −1
        flow.OnEvent(Ev(S(3), +1, 2, -0.5), ref sink);     // −1 (bought put)
        flow.OnEvent(Ev(S(4), -1, 6, null), ref sink);     // missing: 6
        flow.OnEvent(Ev(S(5), 0, 3, 0.5), ref sink);       // side N: counted only
        flow.OnEvent(Ev(S(25), +1, 1, 0.5), ref sink);     // closes [0, 10)
        flow.AdvanceTo(S(30), ref sink);

        sink.Items.Should().Equal(
            new DeltaFlowWindow(5, 0, S(10), 5, -2, 3, 60, 5, 6),
            new DeltaFlowWindow(5, S(20), S(30), 0.5, 0, 0.5, 10, 1, 0));
    }

    [Fact]
    public void Underlying_pressure_sums_per_underlying_for_every_configured_window()
    {
        var p = new UnderlyingPressure(new PressureOptions { Windows = [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60)] });
        var sink = new CollectingSink<DeltaFlowWindow>();

        p.OnEvent(Ev(S(1), +1, 10, 0.5, underlying: 7), ref sink);    // NQZ: +5
        p.OnEvent(Ev(S(2), -1, 10, 0.3, underlying: 9), ref sink);    // NQH: −3
        p.OnEvent(Ev(S(12), +1, 4, 0.5, underlying: 7), ref sink);    // NQZ: +2, closes NQZ [0, 10)
        p.OnEvent(Ev(S(13), +1, 4, 0.5, underlying: 0), ref sink);    // no underlying: not attributed
        p.OnEvent(Ev(S(14), +1, 4, 0.5) with { IsOption = false }, ref sink);
        sink.Items.Should().Equal(new DeltaFlowWindow(7, 0, S(10), 5, 0, 5, 100, 1, 0));

        p.AdvanceTo(S(60), ref sink);

        sink.Items.Skip(1).Should().Equal(
            new DeltaFlowWindow(7, S(10), S(20), 2, 0, 2, 40, 1, 0),
            new DeltaFlowWindow(7, 0, S(60), 7, 0, 7, 140, 2, 0),
            new DeltaFlowWindow(9, 0, S(10), 0, -3, -3, -60, 1, 0),
            new DeltaFlowWindow(9, 0, S(60), 0, -3, -3, -60, 1, 0));
        p.NoUnderlying.Should().Be(1);
    }
}
