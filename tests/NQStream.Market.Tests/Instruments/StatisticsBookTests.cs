using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Market.Tests.Instruments;

/// <summary>Open interest, settlement and cleared volume from statistics records (written with DbnWriter v3, and the fixtures).</summary>
public sealed class StatisticsBookTests
{
    private static readonly ulong June9 = (ulong)new DateTimeOffset(2025, 6, 9, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000;
    private static readonly ulong June10 = June9 + 86_400_000_000_000;

    private static string WriteFile(params NQStream.Market.Dbn.Records.StatMsg[] stats)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nqstream-stats-{Guid.NewGuid():N}.dbn");
        using var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = (ushort)Schema.Statistics });
        foreach (var s in stats)
        {
            w.Write(in s);
        }

        return path;
    }

    [Fact]
    public void Latest_new_wins_delete_removes_and_settlement_flags_are_read()
    {
        var path = WriteFile(
            Defs.Stat(10, StatType.OpenInterest, quantity: 1200, tsRef: June9, tsEvent: 100),
            Defs.Stat(10, StatType.SettlementPrice, price: 478_500_000_000, flags: 0, tsRef: June9, tsEvent: 110),
            Defs.Stat(11, StatType.OpenInterest, quantity: 55, tsRef: June9, tsEvent: 120),
            Defs.Stat(10, StatType.OpenInterest, quantity: 1350, tsRef: June10, tsEvent: 200),
            Defs.Stat(10, StatType.SettlementPrice, price: 480_250_000_000, flags: StatType.SettlementFinal | StatType.SettlementActual, tsRef: June10, tsEvent: 210),
            Defs.Stat(10, StatType.ClearedVolume, quantity: 4321, tsEvent: 220),
            Defs.Stat(11, StatType.OpenInterest, action: StatType.ActionDelete, tsEvent: 230),
            Defs.Stat(10, 5, price: 500 * Defs.Pt, tsEvent: 240),
            Defs.Stat(12, StatType.OpenInterest, tsEvent: 250),
            Defs.Stat(12, StatType.OpenInterest, quantity: 9, action: 7, tsEvent: 260));
        try
        {
            var book = new StatisticsBook();
            using (var reader = DbnReader.Open(path))
            {
                DefinitionLoader.Load(reader, new InstrumentRegistry(), book).Statistics.Should().Be(10);
            }

            var s10 = book.Get(10);
            (s10.OpenInterest, InstrumentStatistics.TradeDateOfRef(s10.OpenInterestRefNs)).Should().Be((1350L, new DateOnly(2025, 6, 10)));
            (s10.Settlement, s10.SettlementIsFinal, InstrumentStatistics.TradeDateOfRef(s10.SettlementRefNs)).Should().Be((480.25, true, new DateOnly(2025, 6, 10)));
            s10.ClearedVolume.Should().Be(4321);
            s10.TsEvent.Should().Be(220UL, "the ignored high-price record does not touch the entry");
            book.TryGetOpenInterest(11, out var oi11).Should().BeFalse("deleted");
            oi11.Should().Be(0);
            book.Get(11).OpenInterestRefNs.Should().Be(DbnConstants.UndefTimestamp);
            book.TryGetOpenInterest(12, out _).Should().BeFalse("a New without a quantity and an unknown action apply nothing");
            (book.Applied, book.IgnoredTypes, book.Invalid).Should().Be((7L, 1L, 2L));
            book.Get(99).Should().Be(InstrumentStatistics.Empty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Preliminary_settlement_and_ring_events_give_the_same_state()
    {
        var records = new[]
        {
            Defs.Stat(10, StatType.SettlementPrice, price: 3 * Defs.Pt, flags: StatType.SettlementActual, tsRef: June9),
            Defs.Stat(10, StatType.OpenInterest, quantity: 42, tsRef: June9),
        };
        var direct = new StatisticsBook();
        var viaRing = new StatisticsBook();
        foreach (var r in records)
        {
            direct.Apply(in r);
            var e = MarketEvent.FromStat(in r);
            viaRing.Apply(in e);
        }

        direct.Get(10).Should().Be(viaRing.Get(10));
        direct.Get(10).SettlementIsFinal.Should().BeFalse("bit 0 clear = preliminary");
        direct.Get(10).OpenInterest.Should().Be(42);
        var nullFlags = Defs.Stat(10, StatType.SettlementPrice, price: 3 * Defs.Pt, flags: 0xFF);
        direct.Apply(in nullFlags);
        direct.Get(10).SettlementIsFinal.Should().BeNull();
    }

    [SharedDataTheory]
    [InlineData("test_data.statistics.v1.dbn")]
    [InlineData("test_data.statistics.dbn")]
    [InlineData("test_data.statistics.v2.dbn.zst")]
    [InlineData("test_data.statistics.v3.dbn.zst")]
    public void Vendor_statistics_in_every_version_carry_a_null_quantity_and_no_kept_type(string file)
    {
        var book = new StatisticsBook();
        using var reader = DbnReader.Open(SharedData.DataPath("dbn", file));
        var quantities = new List<long>();
        while (reader.TryRead(out var rec))
        {
            var stat = rec.As<NQStream.Market.Dbn.Records.StatMsg>();
            quantities.Add(stat.Quantity);
            book.Apply(in stat);
        }

        quantities.Should().Equal(DbnConstants.UndefStatQuantity, DbnConstants.UndefStatQuantity);
        (book.IgnoredTypes, book.Applied, book.Count).Should().Be((2L, 0L, 0), "the fixtures hold stat types 7 and 5 for instrument 146945");
    }
}
