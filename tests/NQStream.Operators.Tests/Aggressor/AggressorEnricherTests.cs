using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Instruments;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Mbo;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Aggressor;

public sealed class AggressorEnricherTests
{
    private static readonly long Ts = S(1_790_000_000);

    private static AggressorEnricher Build()
    {
        var registry = new InstrumentRegistry();
        registry.Add(new Instrument { InstrumentId = 7, RawSymbol = "NQZ6", Class = InstrumentClass.Future, Root = "NQ" });
        registry.Add(new Instrument { InstrumentId = 9, RawSymbol = "NQH7", Class = InstrumentClass.Future, Root = "NQ" });
        registry.Add(OptionDeltaTests.Nq(InstrumentClass.Call, 21000, Ts + S(30 * 86_400)));   // id 11, on NQZ6
        var books = new BookSet();
        Market.Events.MarketEvent[] records =
        [
            Rec('A', 'B', 20999.75, 5, Ts, 1, instrument: 7, orderId: 1),
            Rec('A', 'A', 21000.25, 5, Ts, 2, instrument: 7, orderId: 2, last: true),
            Rec('A', 'B', 21500.00, 5, Ts, 3, instrument: 9, orderId: 3),
            Rec('A', 'A', 21500.25, 5, Ts, 4, instrument: 9, orderId: 4, last: true),
        ];
        foreach (var r in records)
        {
            books.Apply(in r);
        }

        return new AggressorEnricher(registry, books, new Black76Options(), new SharedOptions());
    }

    [Fact]
    public void Sets_the_own_underlying_its_mid_and_the_black76_delta()
    {
        var enricher = Build();
        var e = new AggressorEvent { InstrumentId = 11, PublisherId = 1, TsEvent = Ts, Sign = 1, Quantity = 10, IsOption = true };

        var x = enricher.Enrich(in e, 0.20);

        x.UnderlyingId.Should().Be(7u);
        x.UnderlyingMid.Should().Be(21000);
        x.Delta.Should().BeApproximately(0.509548, 5e-7);
        x.FuturesEquivalent.Should().BeApproximately(5.09548, 5e-6);
        x.Quantity.Should().Be(10);
        enricher.NoDelta.Should().Be(0);
    }

    [Fact]
    public void A_stale_mid_or_missing_IV_leaves_delta_null_and_futures_are_unchanged()
    {
        var enricher = Build();
        var e = new AggressorEvent { InstrumentId = 11, PublisherId = 1, TsEvent = Ts + S(5) + 1, Sign = 1, Quantity = 10, IsOption = true };

        var stale = enricher.Enrich(in e, 0.20);
        stale.UnderlyingId.Should().Be(7u);
        stale.UnderlyingMid.Should().BeNull();
        stale.Delta.Should().BeNull();
        enricher.Enrich(e with { TsEvent = Ts }, null).Delta.Should().BeNull();
        enricher.NoDelta.Should().Be(2);

        var future = e with { InstrumentId = 9, IsOption = false };
        enricher.Enrich(in future, 0.2).Should().Be(future);
    }
}
