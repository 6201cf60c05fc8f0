using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Instruments;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Filters;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Mbo;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Filters;

public sealed class DistanceFilterTests
{
    private static DistanceFilter Filter() => new(new DistanceOptions(), new SharedOptions());

    private static BookTop Top(double bid, double ask, long ts, BookState state = BookState.Ok) => new()
    {
        TsEvent = (ulong)ts,
        State = state,
        BidPx = Fx(bid),
        BidSz = 1,
        BidCt = 1,
        AskPx = Fx(ask),
        AskSz = 1,
        AskCt = 1,
    };

    [Theory]
    [InlineData(21420.0, 0.02, true)]     // exactly +2 % of F = 21,000
    [InlineData(20580.0, 0.02, true)]     // exactly −2 %
    [InlineData(21430.0, 10.0 / 21000 * 43, false)]
    [InlineData(21000.0, 0.0, true)]
    public void Boundary_at_exactly_two_percent_is_within(double strike, double distance, bool within)
    {
        var r = Filter().Evaluate(strike, Top(20999.75, 21000.25, S(10)), S(10));

        r.Reason.Should().Be(DistanceReason.Ok);
        r.Distance.Should().BeApproximately(distance, 1e-15);
        r.Within.Should().Be(within);
    }

    [Theory]
    [InlineData(BookState.Crossed)]
    [InlineData(BookState.Locked)]
    [InlineData(BookState.OneSided)]
    [InlineData(BookState.Empty)]
    [InlineData(BookState.Suspect)]
    public void An_underlying_without_a_valid_mid_gives_null_and_NO_UNDERLYING(BookState state)
    {
        var f = Filter();

        f.Evaluate(21000, Top(20999.75, 21000.25, S(10), state), S(10)).Should().Be(new DistanceResult(null, false, DistanceReason.NoUnderlying));
        f.NoUnderlying.Should().Be(1);
    }

    [Fact]
    public void A_mid_older_than_max_mid_age_is_stale()
    {
        var f = Filter();
        var top = Top(20999.75, 21000.25, S(10));

        f.Evaluate(21000, top, S(15)).Reason.Should().Be(DistanceReason.Ok);              // exactly 5 s old
        f.Evaluate(21000, top, S(15) + 1).Reason.Should().Be(DistanceReason.NoUnderlying);
    }

    [Fact]
    public void An_option_on_NQZ_uses_NQZ_mid_while_NQH_is_front()
    {
        var registry = new InstrumentRegistry();
        registry.Add(new Instrument { InstrumentId = 7, RawSymbol = "NQZ6", Class = InstrumentClass.Future, Root = "NQ" });
        registry.Add(new Instrument { InstrumentId = 9, RawSymbol = "NQH7", Class = InstrumentClass.Future, Root = "NQ" });
        registry.Add(new Instrument { InstrumentId = 8, RawSymbol = "NQZ6 C21420", Class = InstrumentClass.Call, Root = "NQ", StrikeRaw = Fx(21420), UnderlyingSymbol = "NQZ6" });
        var books = new BookSet();
        Market.Events.MarketEvent[] records =
        [
            Rec('A', 'B', 20999.75, 5, S(1), 1, instrument: 7, orderId: 1),
            Rec('A', 'A', 21000.25, 5, S(1), 2, instrument: 7, orderId: 2, last: true),
            Rec('A', 'B', 21300.00, 5, S(1), 3, instrument: 9, orderId: 3),
            Rec('A', 'A', 21300.50, 5, S(1), 4, instrument: 9, orderId: 4, last: true),
        ];
        foreach (var r in records)
        {
            books.Apply(in r);
        }

        var f = Filter();
        var e = new AggressorEvent { InstrumentId = 8, PublisherId = 1, TsEvent = S(2), IsOption = true };
        var r8 = f.Evaluate(in e, registry, books);

        r8.Distance.Should().BeApproximately(0.02, 1e-15);   // |21420 − 21000| / 21000, not vs NQH's 21300.25
        r8.Within.Should().BeTrue();
        f.Evaluate(e with { InstrumentId = 7 }, registry, books).Reason.Should().Be(DistanceReason.NotOption);
        f.Evaluate(e with { PublisherId = 2 }, registry, books).Reason.Should().Be(DistanceReason.NoUnderlying);
    }
}
