using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;
using Xunit;

namespace NQStream.Feeds.Tests.Simulation;

[Collection(SimulationCollection.Name)]
public sealed class ValidityTests(SimulatedMarket market)
{
    [Fact]
    public void Every_file_decodes_and_counts_match_the_summary()
    {
        market.Days.Should().HaveCount(3);
        foreach (var (day, summary) in market.Days.Zip(market.Result.Days))
        {
            day.Mbo.Should().HaveCount((int)summary.MboRecords);
            day.Definitions.Should().HaveCount(summary.Futures + summary.Options);
            day.MboMetadata.Dataset.Should().Be("GLBX.MDP3");
            day.MboMetadata.Schema.Should().Be((ushort)Schema.Mbo);
            day.DefinitionMetadata.Schema.Should().Be((ushort)Schema.Definition);
            day.Statistics.Should().NotBeEmpty();
            day.MboMetadata.Mappings.Should().HaveCount(day.Definitions.Count);
        }
    }

    [Fact]
    public void Books_never_cross_and_every_cancel_and_modify_refers_to_a_live_order()
    {
        foreach (var day in market.Days)
        {
            var checker = new MboBookChecker();
            foreach (var d in day.Definitions.Where(d => d.InstrumentClass == (byte)'F'))
            {
                checker.Futures.Add(d.Hd.InstrumentId);
            }

            foreach (var m in day.Mbo)
            {
                checker.Apply(m);
            }

            checker.Violations.Should().BeEmpty($"{day.Date} must replay cleanly");
            checker.OpenEvent.Should().BeFalse("the last record of the file carries F_LAST");
            checker.LiveOrders.Should().Be(0, "every order is cancelled before the close");
            checker.CrossChecks.Should().BeGreaterThan(10_000);
            checker.Events.Should().Be(market.Result.Days.Single(s => s.TradeDate == day.Date).VenueEvents);
        }
    }

    [Fact]
    public void The_engine_order_book_replays_every_day_without_a_crossed_book_or_integrity_problem()
    {
        foreach (var day in market.Days)
        {
            var books = new BookSet();
            long published = 0;
            foreach (var m in day.Mbo)
            {
                var ev = MarketEvent.FromMbo(in m);
                var book = books.Apply(in ev)!;
                if (ev.IsLast)
                {
                    published++;
                    book.Top.State.Should().NotBe(BookState.Crossed).And.NotBe(BookState.Locked, $"{day.Date} instrument {m.Hd.InstrumentId} at {m.Hd.TsEvent}");
                }
            }

            var integrity = books.TotalIntegrity();
            (integrity.Crossed, integrity.Locked, integrity.UnknownOrder, integrity.NegativeSize, integrity.DuplicateAdd, integrity.Malformed)
                .Should().Be((0L, 0L, 0L, 0L, 0L, 0L), $"{day.Date} replays cleanly through NQStream.Market.Book");
            published.Should().BeGreaterThan(10_000);
            books.Books.Sum(b => b.OrderCount).Should().Be(0, "every order is cancelled before the close");
        }
    }

    [Fact]
    public void Definitions_precede_mbo_and_cover_every_instrument()
    {
        foreach (var day in market.Days)
        {
            var ids = day.Definitions.Select(d => d.Hd.InstrumentId).ToHashSet();
            day.Mbo.Select(m => m.Hd.InstrumentId).Distinct().Should().OnlyContain(id => ids.Contains(id));
            day.Definitions.Max(d => d.TsRecv).Should().BeLessThan(day.Mbo[0].TsRecv);
            day.Statistics.Select(s => s.TsRecv).Should().BeInAscendingOrder();
            day.Mbo.Select(m => m.Hd.InstrumentId).Distinct().Count().Should().BeGreaterThan(ids.Count * 9 / 10);
        }
    }

    [Fact]
    public void Definitions_look_like_real_nq_definitions()
    {
        var day = market.Days[0];
        var futures = day.Definitions.Where(d => d.InstrumentClass == (byte)'F').ToList();
        futures.Select(f => f.RawSymbolText()).Should().Equal("NQZ6", "NQH7");
        futures.Select(f => DbnText.Read(f.SecurityType)).Should().AllBe("FUT");
        futures.Should().OnlyContain(f => f.MinPriceIncrement == 250_000_000L);
        var futureIds = futures.Select(f => f.Hd.InstrumentId).ToHashSet();
        var options = day.Definitions.Where(d => d.InstrumentClass != (byte)'F').ToList();
        options.Select(o => DbnText.Read(o.SecurityType)).Should().AllBe("OOF");
        options.Select(o => DbnText.Read(o.UnitOfMeasure)).Should().AllBe("IPNT");
        options.Should().OnlyContain(o => (o.InstrumentClass == (byte)'C' || o.InstrumentClass == (byte)'P') && o.UnitOfMeasureQty == 20_000_000_000L);
        options.Should().OnlyContain(o => futureIds.Contains(o.UnderlyingId) && o.MinPriceIncrement == DbnConstants.UndefPrice);
        options.Should().OnlyContain(o => o.StrikePrice % 10_000_000_000L == 0);
        foreach (var o in options)
        {
            var symbol = o.RawSymbolText();
            symbol.Should().MatchRegex(@"^(NQ|QNE|QN[1-4]|Q[1-5][A-D])[FGHJKMNQUVXZ][0-9] [CP][0-9]+$");
            var root = symbol[..(symbol.IndexOf(' ', StringComparison.Ordinal) - 2)];
            o.AssetText().Should().Be(root);
            symbol[symbol.IndexOf(' ', StringComparison.Ordinal) + 1].Should().Be((char)o.InstrumentClass);
            o.Expiration.Should().BeGreaterThan(day.MboMetadata.Start);
        }

        options.Select(o => o.AssetText()).Distinct().Should().Contain(["NQ", "QNE", "Q1B", "QN1"]);
    }
}
