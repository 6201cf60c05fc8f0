using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Mbo;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Aggressor;

public sealed class AggressorEventBuilderTests
{
    private static BookTop NoBook => default;

    private sealed class IdsSink(AggressorEventBuilder builder) : IOperatorSink<AggressorEvent>
    {
        public List<AggressorEvent> Items { get; } = [];

        public List<ulong[]> Ids { get; } = [];

        public void Emit(in AggressorEvent item)
        {
            Items.Add(item);
            Ids.Add(builder.CurrentPassiveOrderIds.ToArray());
        }
    }

    private static List<AggressorEvent> Run(AggressorEventBuilder b, params MarketEvent[] records)
    {
        var sink = new CollectingSink<AggressorEvent>();
        foreach (var r in records)
        {
            b.OnRecord(in r, NoBook, ref sink);
        }

        return sink.Items;
    }

    [Fact]
    public void T_T_F_F_C_C_at_two_prices_is_one_sweep_emitted_at_F_LAST()
    {
        var b = new AggressorEventBuilder(new AggressorOptions());
        var sink = new IdsSink(b);
        var pre = new BookTop { State = BookState.Ok, BidPx = Fx(99.75), BidSz = 4, BidCt = 1, AskPx = Fx(100), AskSz = 3, AskCt = 1 };
        MarketEvent[] records =
        [
            Rec('T', 'B', 100.00, 3, S(5), 10),
            Rec('T', 'B', 100.25, 2, S(5), 11),
            Rec('F', 'A', 100.00, 3, S(5), 12, orderId: 71),
            Rec('F', 'A', 100.25, 2, S(5), 13, orderId: 72),
            Rec('C', 'A', 100.00, 3, S(5), 14, orderId: 71),
            Rec('C', 'A', 100.25, 2, S(5), 15, orderId: 72, last: true),
        ];
        for (var i = 0; i < records.Length; i++)
        {
            if (i == records.Length - 1)
            {
                sink.Items.Should().BeEmpty("nothing is emitted before F_LAST");
            }

            b.OnRecord(in records[i], in pre, ref sink);
        }

        var e = sink.Items.Should().ContainSingle().Subject;
        e.InstrumentId.Should().Be(1u);
        e.TsEvent.Should().Be(S(5));
        e.FirstSequence.Should().Be(10u);
        e.Sign.Should().Be(1);
        e.Quantity.Should().Be(5);
        e.Prints.Should().Be(2);
        e.Levels.Should().Be(2);
        e.IsSweep.Should().BeTrue();
        e.PxFirst.Should().Be(100.00);
        e.PxLast.Should().Be(100.25);
        e.PxMin.Should().Be(100.00);
        e.PxMax.Should().Be(100.25);
        e.NotionalPts.Should().Be(500.5);             // 3·100 + 2·100.25
        e.VwapPts.Should().BeApproximately(100.1, 1e-12);
        e.PremiumUsd.Should().Be(10_010);             // 20 · 500.5
        e.PassiveOrders.Should().Be(2);
        e.PassiveFillQty.Should().Be(5);
        sink.Ids[0].Should().Equal(71ul, 72ul);
        e.MissingLast.Should().BeFalse();
        e.PreState.Should().Be(BookState.Ok);
        e.PreBidPx.Should().Be(99.75);
        e.PreBidSz.Should().Be(4);
        e.PreAskPx.Should().Be(100.0);
        e.PreAskSz.Should().Be(3);
        e.Delta.Should().BeNull();
        e.FuturesEquivalent.Should().BeNull();
        b.CurrentPassiveOrderIds.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void A_single_print_carrying_F_LAST_is_a_one_level_sell_event()
    {
        var events = Run(new AggressorEventBuilder(new AggressorOptions()), Rec('T', 'A', 42.5, 7, S(1), 1, last: true));

        var e = events.Should().ContainSingle().Subject;
        e.Sign.Should().Be(-1);
        e.Side.Should().Be((byte)'A');
        e.Levels.Should().Be(1);
        e.IsSweep.Should().BeFalse();
        e.PremiumUsd.Should().Be(5_950);              // 42.5 · 7 · 20
        e.PreBidPx.Should().BeNull();
        e.PreAskPx.Should().BeNull();
    }

    [Fact]
    public void Side_N_is_built_with_sign_zero_and_counted()
    {
        var b = new AggressorEventBuilder(new AggressorOptions());
        var events = Run(b, Rec('T', 'N', 10, 4, S(1), 1, last: true));

        events.Should().ContainSingle().Which.Sign.Should().Be(0);
        events[0].Quantity.Should().Be(4);
        (events[0] with { Delta = 0.5 }).FuturesEquivalent.Should().Be(0);
        b.UnknownSideEvents.Should().Be(1);
    }

    [Fact]
    public void Mixed_sides_in_one_event_are_split_per_side_and_counted()
    {
        var b = new AggressorEventBuilder(new AggressorOptions());
        var events = Run(
            b,
            Rec('T', 'B', 10, 1, S(1), 1),
            Rec('T', 'B', 10, 2, S(1), 2),
            Rec('T', 'A', 9.5, 4, S(1), 3),
            Rec('F', 'B', 9.5, 4, S(1), 4, orderId: 5, last: true));

        events.Should().HaveCount(2);
        events[0].Sign.Should().Be(1);
        events[0].Quantity.Should().Be(3);
        events[0].PassiveOrders.Should().Be(0);
        events[1].Sign.Should().Be(-1);
        events[1].Quantity.Should().Be(4);
        events[1].FirstSequence.Should().Be(3u);
        events[1].PassiveFillQty.Should().Be(4);
        b.MixedSideSplits.Should().Be(1);
    }

    [Fact]
    public void A_later_record_closes_a_run_whose_F_LAST_never_came()
    {
        var b = new AggressorEventBuilder(new AggressorOptions());
        var events = Run(
            b,
            Rec('T', 'B', 10, 1, S(1), 1),
            Rec('A', 'B', 9, 1, S(2), 2, orderId: 9, last: true),
            Rec('T', 'A', 9, 1, S(3), 3));

        events.Should().ContainSingle().Which.MissingLast.Should().BeTrue();
        events[0].TsEvent.Should().Be(S(1));
        b.MissingFLast.Should().Be(1);

        var sink = new CollectingSink<AggressorEvent>();
        b.Flush(ref sink);
        sink.Items.Should().ContainSingle().Which.Sign.Should().Be(-1);
        b.MissingFLast.Should().Be(2);
    }

    [Fact]
    public void Zero_size_prints_are_ignored_and_non_positive_option_prices_dropped()
    {
        var b = new AggressorEventBuilder(new AggressorOptions());
        var events = Run(
            b,
            Rec('T', 'B', 5, 0, S(1), 1),
            Rec('T', 'B', 0, 3, S(1), 2),
            Rec('T', 'B', 5, 2, S(1), 3, last: true),
            Rec('T', 'B', -1, 2, S(2), 4, last: true));

        events.Should().ContainSingle().Which.Quantity.Should().Be(2);
        events[0].Prints.Should().Be(1);
        b.ZeroSizePrints.Should().Be(1);
        b.NonPositivePricePrints.Should().Be(2);
    }

    [Fact]
    public void Interleaved_instruments_keep_their_own_runs()
    {
        var events = Run(
            new AggressorEventBuilder(new AggressorOptions()),
            Rec('T', 'B', 10, 1, S(1), 1, instrument: 1),
            Rec('T', 'A', 20, 2, S(1), 2, instrument: 2),
            Rec('T', 'B', 10.05, 3, S(1), 3, instrument: 1),
            Rec('C', 'A', 20, 2, S(1), 4, instrument: 2, orderId: 3, last: true),
            Rec('C', 'A', 10, 1, S(1), 5, instrument: 1, orderId: 4, last: true));

        events.Should().HaveCount(2);
        events[0].InstrumentId.Should().Be(2u);
        events[0].Quantity.Should().Be(2);
        events[1].InstrumentId.Should().Be(1u);
        events[1].Quantity.Should().Be(4);
        events[1].Levels.Should().Be(2);
    }

    [Fact]
    public void Registry_supplies_option_flag_and_multiplier_and_passive_ids_are_capped()
    {
        var registry = new InstrumentRegistry();
        registry.Add(new Instrument { InstrumentId = 7, RawSymbol = "NQZ6", Class = InstrumentClass.Future, Root = "NQ", Multiplier = 20 });
        registry.Add(new Instrument { InstrumentId = 8, RawSymbol = "XYZ6 C100", Class = InstrumentClass.Call, Root = "XYZ", Multiplier = 50, StrikeRaw = Fx(100) });
        var b = new AggressorEventBuilder(new AggressorOptions { MaxPassiveIds = 1 }, registry);
        var sink = new IdsSink(b);
        MarketEvent[] records =
        [
            Rec('T', 'B', 21000, 2, S(1), 1, instrument: 7),
            Rec('F', 'A', 21000, 1, S(1), 2, instrument: 7, orderId: 100),
            Rec('F', 'A', 21000, 1, S(1), 3, instrument: 7, orderId: 101, last: true),
            Rec('T', 'A', 2.5, 4, S(2), 4, instrument: 8, last: true),
        ];
        foreach (var r in records)
        {
            b.OnRecord(in r, NoBook, ref sink);
        }

        sink.Items.Should().HaveCount(2);
        sink.Items[0].IsOption.Should().BeFalse();
        sink.Items[0].PremiumUsd.Should().Be(840_000);   // 21000 · 2 · 20 (notional for a future)
        sink.Items[0].PassiveOrders.Should().Be(2);
        sink.Items[0].PassiveIdsKept.Should().Be(1);
        sink.Ids[0].Should().Equal(100ul);
        sink.Items[1].IsOption.Should().BeTrue();
        sink.Items[1].PremiumUsd.Should().Be(500);       // 2.5 · 4 · 50
    }

    [Fact]
    public void Non_mbo_kinds_are_ignored()
    {
        var trade = Rec('T', 'B', 10, 1, S(1), 1, last: true);
        trade.Kind = EventKind.Trade;

        Run(new AggressorEventBuilder(new AggressorOptions()), trade).Should().BeEmpty();
    }
}
