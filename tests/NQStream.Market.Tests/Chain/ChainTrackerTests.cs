using FluentAssertions;
using NQStream.Market.Chain;
using NQStream.Market.Dbn;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Market.Pricing;
using NQStream.Market.Sessions;
using NQStream.Market.Tests.Instruments;
using Xunit;

namespace NQStream.Market.Tests.Chain;

/// <summary><see cref="ChainTracker"/> on hand-made events: books, trades by trade date, statistics, snapshot rules.</summary>
public sealed class ChainTrackerTests
{
    private const long Pt = DbnConstants.FixedPriceScale;
    private const uint Future = 7;
    private const uint Call = 101;
    private const uint Put = 102;
    private const uint WeeklyCall = 201;
    private static readonly long Expiry = Defs.At1500(new DateOnly(2025, 9, 12));
    private static readonly long Day1 = CentralTime.ToUnixNs(new DateOnly(2025, 9, 8), new TimeOnly(10, 0));   // trade date 09-08
    private static readonly long Day2 = CentralTime.ToUnixNs(new DateOnly(2025, 9, 9), new TimeOnly(10, 0));   // trade date 09-09
    private static readonly ulong Ref1 = (ulong)new DateTimeOffset(2025, 9, 8, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000;
    private ulong _order = 1;

    private static (ChainTracker Tracker, InstrumentRegistry Registry) Tracker()
    {
        var registry = new InstrumentRegistry();
        registry.Apply(Defs.Future(Future, "NQU5", Defs.At0830(new DateOnly(2025, 9, 19))));
        registry.Apply(Defs.Option(Call, "QN2U5 C21000", "NQU5", Expiry));
        registry.Apply(Defs.Option(Put, "QN2U5 P21000", "NQU5", Expiry));
        return (new ChainTracker(registry), registry);
    }

    private static ChainUnderlying Underlying(InstrumentRegistry registry) => OptionChain.Build(registry).Underlyings.Single();

    private MarketEvent Add(uint id, char side, double price, uint size, long ts, byte flags = Flags.Last) => new()
    {
        Kind = EventKind.Mbo, Action = (byte)'A', Side = (byte)side, InstrumentId = id, PublisherId = 1,
        OrderId = _order++, Price = (long)(price * Pt), Size = size, TsEvent = (ulong)ts, TsRecv = (ulong)ts + 100, Flags = flags,
    };

    private static MarketEvent Trade(uint id, char aggressor, double price, uint size, long ts, EventKind kind = EventKind.Mbo) => new()
    {
        Kind = kind, Action = (byte)'T', Side = (byte)aggressor, InstrumentId = id, PublisherId = 1,
        Price = (long)(price * Pt), Size = size, TsEvent = (ulong)ts, TsRecv = (ulong)ts + 100, Flags = Flags.Last,
    };

    private static MarketEvent Stat(uint id, ushort type, long price, long quantity, ulong tsRef, long ts, byte flags = 0) => new()
    {
        Kind = EventKind.Statistic, StatType = type, Aux32 = 1, InstrumentId = id, PublisherId = 1, Price = price, Aux64 = quantity,
        OrderId = tsRef, Size = flags, TsEvent = (ulong)ts, TsRecv = (ulong)ts + 100,
    };

    [Fact]
    public void Volume_counts_the_latest_trade_date_by_aggressor_and_ignores_older_dates()
    {
        var (tracker, _) = Tracker();
        tracker.Apply(Trade(Call, 'B', 50, 3, Day1));
        tracker.Apply(Trade(Call, 'A', 51, 4, Day2));
        tracker.Apply(Trade(Call, 'B', 52, 5, Day2 + 1));
        tracker.Apply(Trade(Call, 'N', 53, 2, Day2 + 2));
        tracker.Apply(Trade(Call, 'B', 40, 9, Day1 + 3));   // out of order: an earlier trade date

        var t = tracker.Activity(Call).Trades;
        (t.TradeDate, t.Volume, t.BuyVolume, t.SellVolume, t.Count).Should().Be((new DateOnly(2025, 9, 9), 11L, 5L, 4L, 4L));
        (t.LastPrice, t.LastTsEvent).Should().Be((53.0, Day2 + 2));
    }

    [Fact]
    public void Mbo_trades_win_over_prints_of_the_same_instrument()
    {
        var (tracker, _) = Tracker();
        tracker.Apply(Trade(Call, 'B', 50, 3, Day2, EventKind.Trade));
        tracker.Activity(Call).Trades.Volume.Should().Be(3);

        tracker.Apply(Trade(Call, 'B', 50, 3, Day2));
        tracker.Apply(Trade(Call, 'A', 49, 2, Day2 + 1, EventKind.Trade));
        var a = tracker.Activity(Call);
        (a.Trades.Volume, a.Prints.Volume, a.MboTrades.Volume).Should().Be((3L, 5L, 3L));
    }

    [Fact]
    public void Future_price_is_the_last_valid_mid_and_survives_a_closed_book()
    {
        var (tracker, registry) = Tracker();
        tracker.PriceOf(Future).Should().BeNull();
        tracker.Apply(Trade(Future, 'B', 21_010, 1, Day2));
        tracker.PriceOf(Future).Should().Be(new FuturePrice(21_010, false, Day2));

        var bid = Add(Future, 'B', 21_000, 2, Day2 + 10);
        var ask = Add(Future, 'A', 21_000.5, 2, Day2 + 20, flags: 0);   // no F_LAST yet: not published
        tracker.Apply(bid);
        tracker.Apply(ask);
        tracker.PriceOf(Future)!.Value.IsMid.Should().BeFalse();
        tracker.Apply(Add(Future, 'A', 21_001, 1, Day2 + 30));
        tracker.PriceOf(Future).Should().Be(new FuturePrice(21_000.25, true, Day2 + 30));

        // The book closes: cancels leave it empty, the last valid mid stays.
        tracker.Apply(new MarketEvent { Kind = EventKind.Mbo, Action = (byte)'R', InstrumentId = Future, PublisherId = 1, TsEvent = (ulong)Day2 + 40, Flags = Flags.Last });
        tracker.Books.Find(Future, 1)!.Top.State.Should().Be(NQStream.Market.Book.BookState.Empty);
        tracker.PriceOf(Future).Should().Be(new FuturePrice(21_000.25, true, Day2 + 30));

        var snapshot = tracker.Snapshot(Underlying(registry), Underlying(registry).Expiries, Day2 + 50, "test");
        (snapshot.UnderlyingSymbol, snapshot.UnderlyingPrice, snapshot.UnderlyingPriceSource).Should().Be(("NQU5", 21_000.25, "NQU5 mid"));
    }

    [Fact]
    public void Snapshot_quotes_take_the_book_top_todays_volume_oi_and_the_newer_of_trade_and_settlement()
    {
        var (tracker, registry) = Tracker();
        tracker.Apply(Stat(Call, StatType.OpenInterest, DbnConstants.UndefPrice, 1_500, Ref1, Day1 - 1));
        tracker.Apply(Stat(Put, StatType.OpenInterest, DbnConstants.UndefPrice, 800, Ref1, Day1 - 1));
        tracker.Apply(Trade(Call, 'B', 61, 3, Day1));
        tracker.Apply(Trade(Put, 'A', 44, 6, Day1));
        // After day 1 closes: the day-1 settlements (ts_ref = 09-08) supersede day 1's trades.
        tracker.Apply(Stat(Call, StatType.SettlementPrice, 60 * Pt, DbnConstants.UndefStatQuantity, Ref1, Day1 + 1, flags: StatType.SettlementFinal));
        tracker.Apply(Stat(Put, StatType.SettlementPrice, 45 * Pt, DbnConstants.UndefStatQuantity, Ref1, Day1 + 1, flags: StatType.SettlementFinal));
        tracker.Apply(Trade(Call, 'A', 58.5, 7, Day2));
        tracker.Apply(Add(Call, 'B', 58, 5, Day2 + 1));
        tracker.Apply(Add(Call, 'A', 59, 5, Day2 + 2));
        tracker.Apply(Add(Put, 'B', 43, 5, Day2 + 3));

        var snapshot = tracker.Snapshot(Underlying(registry), Underlying(registry).Expiries, Day2 + 10, "test");

        var call = snapshot.Rows.Single().Call!.Value;
        (call.Bid, call.Ask, call.Last, call.LastIsSettlement, call.LastTimeNs).Should().Be((58.0, 59.0, 58.5, false, Day2));
        (call.Volume, call.BuyVolume, call.SellVolume, call.OpenInterest, call.ExpirationNs, call.Symbol).Should().Be((7L, 0L, 7L, 1_500L, Expiry, "QN2U5 C21000"));
        var put = snapshot.Rows.Single().Put!.Value;
        (put.Bid, put.Ask, put.Last, put.LastIsSettlement, put.LastTimeNs).Should().Be((43.0, (double?)null, 45.0, true, (long?)null));
        (put.Volume, put.OpenInterest).Should().Be((0L, 800L));
        (snapshot.AsOfNs, snapshot.UnderlyingPrice).Should().Be((Day2 + 10, (double?)null));
    }

    [Fact]
    public void Without_trade_records_volume_is_unknown_and_a_suspect_book_quotes_nothing()
    {
        var (tracker, registry) = Tracker();
        tracker.Apply(Stat(Call, StatType.OpenInterest, DbnConstants.UndefPrice, 10, Ref1, Day1));
        var before = tracker.Snapshot(Underlying(registry), Underlying(registry).Expiries, Day2, "test").Rows.Single().Call!.Value;
        (before.Volume, before.BuyVolume, before.OpenInterest, tracker.HasTradeData).Should().Be(((long?)null, (long?)null, 10L, false));

        tracker.Apply(Add(Call, 'B', 58, 5, Day2));
        tracker.Apply(Add(Call, 'A', 59, 5, Day2 + 1));
        var valid = tracker.Snapshot(Underlying(registry), Underlying(registry).Expiries, Day2 + 2, "test").Rows.Single().Call!.Value;
        (valid.Bid, valid.Ask, valid.Volume).Should().Be((58.0, 59.0, 0L));

        tracker.Apply(Add(Call, 'B', 57, 1, Day2 + 3, flags: Flags.Last | Flags.MaybeBadBook));
        var suspect = tracker.Snapshot(Underlying(registry), Underlying(registry).Expiries, Day2 + 4, "test").Rows.Single().Call!.Value;
        (suspect.Bid, suspect.Ask).Should().Be(((double?)null, (double?)null));
        tracker.Activity(Call).LastValidMid.Should().Be(58.5, "the last valid top stays what it was before the suspect record");
    }

    [Fact]
    public void Two_roots_expiring_at_the_same_instant_share_rows_and_add_up()
    {
        var (tracker, registry) = Tracker();
        registry.Apply(Defs.Option(WeeklyCall, "Q2FU5 C21000", "NQU5", Expiry));
        tracker.Apply(Stat(Call, StatType.OpenInterest, DbnConstants.UndefPrice, 100, Ref1, Day1));
        tracker.Apply(Stat(WeeklyCall, StatType.OpenInterest, DbnConstants.UndefPrice, 40, Ref1, Day1));
        tracker.Apply(Trade(Call, 'B', 60, 2, Day2));
        tracker.Apply(Trade(WeeklyCall, 'A', 61, 5, Day2));

        var snapshot = tracker.Snapshot(Underlying(registry), Underlying(registry).Expiries, Day2 + 1, "test");

        snapshot.Rows.Should().ContainSingle();
        var call = snapshot.Rows[0].Call!.Value;
        (snapshot.CallCount, call.OpenInterest, call.Volume, call.BuyVolume, call.SellVolume).Should().Be((1, 140L, 7L, 2L, 5L));
        call.Type.Should().Be(OptionType.Call);
    }
}
