using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.TestSupport;

namespace NQStream.Market.Tests.Dbn;

/// <summary>
/// The vendor assertions of shared/data/dbn/README.md §4, checked through the typed v3 structs after
/// upgrade, on every version and compression of each family (all must decode to the same values).
/// </summary>
public sealed class VendorAssertionTests
{
    private static readonly string[] Versions = ["test_data.{0}.dbn", "test_data.{0}.v1.dbn", "test_data.{0}.v1.dbn.zst", "test_data.{0}.v2.dbn.zst", "test_data.{0}.v3.dbn.zst"];

    private static IEnumerable<string> Family(string schema) =>
        Versions.Select(v => string.Format(System.Globalization.CultureInfo.InvariantCulture, v, schema))
            .Where(f => File.Exists(Path.Combine(DbnFixtures.Dir, f)));

    [SharedDataFact]
    public void Mbo_records_and_metadata_match_databento_cpp()
    {
        var files = Family("mbo").Append("test_data.mbo.v3.dbn").ToList();
        files.Should().HaveCountGreaterThanOrEqualTo(5);
        foreach (var file in files)
        {
            using var r = DbnFixtures.Open(file);
            AssertGlbxMetadata(r.Metadata!, schema: 0, file);
            var recs = new List<MboMsg>();
            while (r.TryRead(out var rec))
            {
                rec.RType.Should().Be(RType.Mbo);
                recs.Add(rec.As<MboMsg>());
            }

            recs.Should().HaveCount(2, file);
            var a = recs[0];
            (a.Hd.PublisherId, a.Hd.InstrumentId, a.Hd.TsEvent).Should().Be(((ushort)1, 5482u, 1609160400000429831UL), file);
            (a.OrderId, a.Price, a.Size, a.Flags, a.ChannelId).Should().Be((647784973705UL, 3722750000000L, 1u, (byte)128, (byte)0));
            ((char)a.Action, (char)a.Side, a.TsRecv, a.TsInDelta, a.Sequence).Should().Be(('C', 'A', 1609160400000704060UL, 22993, 1170352u));
            var b = recs[1];
            (b.Hd.TsEvent, b.OrderId, b.Price, b.TsRecv, b.TsInDelta, b.Sequence)
                .Should().Be((1609160400000431665UL, 647784973631UL, 3723000000000L, 1609160400000711344UL, 19621, 1170353u), file);
        }
    }

    [SharedDataFact]
    public void Mbp1_records_match_databento_cpp()
    {
        foreach (var file in Family("mbp-1"))
        {
            var recs = Read<Mbp1Msg>(file, RType.Mbp1);
            recs.Should().HaveCount(2, file);
            var a = recs[0];
            (a.Hd.TsEvent, a.Price, a.Size, (char)a.Action, (char)a.Side, a.Flags, a.Depth)
                .Should().Be((1609160400006001487UL, 3720500000000L, 1u, 'A', 'A', (byte)128, (byte)0), file);
            (a.TsRecv, a.TsInDelta, a.Sequence).Should().Be((1609160400006136329UL, 17214, 1170362u));
            (a.Level0.BidPx, a.Level0.AskPx, a.Level0.BidSz, a.Level0.AskSz, a.Level0.BidCt, a.Level0.AskCt)
                .Should().Be((3720250000000L, 3720500000000L, 24u, 11u, 15u, 9u));
            var b = recs[1];
            (b.Hd.TsEvent, b.TsRecv, b.TsInDelta, b.Sequence, b.Level0.AskSz, b.Level0.AskCt)
                .Should().Be((1609160400006146661UL, 1609160400006246513UL, 18858, 1170364u, 12u, 10u), file);
        }
    }

    [SharedDataFact]
    public void Mbp10_records_match_databento_cpp()
    {
        foreach (var file in Family("mbp-10"))
        {
            var recs = Read<Mbp10Msg>(file, RType.Mbp10);
            recs.Should().HaveCount(2, file);
            var a = recs[0];
            (a.Hd.TsEvent, a.Price, (char)a.Action, (char)a.Side, a.Flags, a.Depth, a.Sequence)
                .Should().Be((1609160400000429831UL, 3722750000000L, 'C', 'A', (byte)128, (byte)9, 1170352u), file);
            long[] bidPx = [3720250000000, 3720000000000, 3719750000000];
            long[] askPx = [3720500000000, 3720750000000, 3721000000000];
            uint[] bidSz = [24, 31, 32], askSz = [10, 34, 39], bidCt = [15, 18, 23], askCt = [8, 24, 25];
            for (var i = 0; i < 3; i++)
            {
                var l = a.Levels[i];
                (l.BidPx, l.AskPx, l.BidSz, l.AskSz, l.BidCt, l.AskCt)
                    .Should().Be((bidPx[i], askPx[i], bidSz[i], askSz[i], bidCt[i], askCt[i]), $"{file} level {i}");
            }

            var b = recs[1];
            (b.Hd.TsEvent, b.Price, (char)b.Action, (char)b.Side, b.Depth, b.Sequence, b.Levels[1].BidSz, b.Levels[1].BidCt)
                .Should().Be((1609160400000435673UL, 3720000000000L, 'C', 'B', (byte)1, 1170356u, 30u, 17u), file);
        }
    }

    [SharedDataFact]
    public void Trades_and_tbbo_match_databento_cpp()
    {
        foreach (var file in Family("trades"))
        {
            var recs = Read<TradeMsg>(file, RType.Mbp0);
            recs.Should().HaveCount(2, file);
            (recs[0].Hd.TsEvent, recs[0].Price, recs[0].Size, (char)recs[0].Action, (char)recs[0].Side, recs[0].Flags)
                .Should().Be((1609160400098821953UL, 3720250000000L, 5u, 'T', 'A', (byte)129), file);
            (recs[0].TsRecv, recs[0].TsInDelta, recs[0].Sequence).Should().Be((1609160400099150057UL, 19251, 1170380u));
            (recs[1].Hd.TsEvent, recs[1].Size, recs[1].TsRecv, recs[1].TsInDelta, recs[1].Sequence)
                .Should().Be((1609160400107665963UL, 21u, 1609160400108142648UL, 20728, 1170414u), file);
        }

        foreach (var file in Family("tbbo"))
        {
            var recs = Read<Mbp1Msg>(file, RType.Mbp1);
            (recs[0].Price, recs[0].Level0.BidPx, recs[0].Level0.AskPx, recs[0].Level0.BidSz, recs[0].Level0.AskSz, recs[0].Level0.BidCt, recs[0].Level0.AskCt)
                .Should().Be((3720250000000L, 3720250000000L, 3720500000000L, 26u, 7u, 16u, 6u), file);
            (recs[1].Level0.BidSz, recs[1].Level0.AskSz, recs[1].Level0.BidCt, recs[1].Level0.AskCt).Should().Be((21u, 22u, 13u, 15u), file);
        }
    }

    [SharedDataFact]
    public void Ohlcv_bars_match_databento_cpp()
    {
        (string Schema, byte RType, long[] Row1, long[] Row2, ulong Ts2)[] cases =
        [
            ("ohlcv-1s", RType.Ohlcv1S, [372025000000000, 372050000000000, 372025000000000, 372050000000000, 57], [372050000000000, 372050000000000, 372050000000000, 372050000000000, 13], 1609160401000000000),
            ("ohlcv-1m", RType.Ohlcv1M, [372025000000000, 372150000000000, 372025000000000, 372100000000000, 353], [372100000000000, 372150000000000, 372100000000000, 372150000000000, 152], 1609160460000000000),
            ("ohlcv-1h", RType.Ohlcv1H, [372025000000000, 372350000000000, 372025000000000, 372225000000000, 9385], [372225000000000, 372450000000000, 371600000000000, 371950000000000, 112698], 1609164000000000000),
        ];
        foreach (var c in cases)
        {
            foreach (var file in Family(c.Schema))
            {
                var recs = Read<OhlcvMsg>(file, c.RType);
                recs.Should().HaveCount(2, file);
                recs[0].Hd.TsEvent.Should().Be(1609160400000000000UL);
                recs[1].Hd.TsEvent.Should().Be(c.Ts2);
                new[] { recs[0].Open, recs[0].High, recs[0].Low, recs[0].Close, (long)recs[0].Volume }.Should().Equal(c.Row1, file);
                new[] { recs[1].Open, recs[1].High, recs[1].Low, recs[1].Close, (long)recs[1].Volume }.Should().Equal(c.Row2, file);
            }
        }

        foreach (var file in Family("ohlcv-1d"))
        {
            using var r = DbnFixtures.Open(file);
            r.Metadata.Should().NotBeNull();
            r.TryRead(out _).Should().BeFalse($"{file} holds zero records");
        }
    }

    [SharedDataFact]
    public void Definitions_statistics_and_imbalance_match_databento_cpp()
    {
        foreach (var file in Family("definition"))
        {
            using var r = DbnFixtures.Open(file);
            var m = r.Metadata!;
            (m.Version, m.Dataset, m.Schema, m.Start, m.End, m.Limit).Should().Be(((byte)3, "XNAS.ITCH", (ushort)9, 1633305600000000000UL, 1641254400000000000UL, 2UL), file);
            m.Symbols.Should().Equal("MSFT");
            m.Mappings.Should().ContainSingle().Which.Intervals.Should().HaveCount(62);
            m.Mappings[0].Intervals[0].Should().Be(new SymbolInterval(20211004, 20211005, "6819"));
            var n = 0;
            while (r.TryRead(out var rec))
            {
                rec.Bytes.Length.Should().Be(520, "upgraded to the v3 definition");
                ref readonly var d = ref rec.As<InstrumentDefMsg>();
                (DbnText.Read(d.Exchange), (char)d.SecurityUpdateAction, d.MinLotSizeRoundLot, (char)d.InstrumentClass, d.StrikePrice)
                    .Should().Be(("XNAS", 'A', 100, 'K', DbnConstants.UndefPrice), file);
                n++;
            }

            n.Should().Be(2);
        }

        foreach (var file in Family("statistics"))
        {
            var recs = Read<StatMsg>(file, RType.Statistics);
            recs.Select(s => (s.StatType, s.Price, s.Quantity))
                .Should().Equal([((ushort)7, 100000000000L, long.MaxValue), ((ushort)5, 100000000000L, long.MaxValue)], file);
        }

        foreach (var file in Family("imbalance"))
        {
            var recs = Read<ImbalanceMsg>(file, RType.Imbalance);
            recs.Select(s => s.RefPrice).Should().Equal([229430000000L, 229990000000L], file);
            (recs[0].Hd.InstrumentId, recs[0].TotalImbalanceQty, (char)recs[0].AuctionType, (char)recs[0].Side).Should().Be((9439u, 2000u, 'O', 'B'));
        }
    }

    [SharedDataFact]
    public void Statistics_metadata_has_no_symbols()
    {
        using var r = DbnFixtures.Open("test_data.statistics.v3.dbn.zst");
        var m = r.Metadata!;
        (m.Dataset, m.Schema, m.Start, m.End, m.Limit, m.StypeIn, m.StypeOut).Should().Be(("GLBX.MDP3", (ushort)10, 2814749767106560UL, ulong.MaxValue, 2UL, (byte)0, (byte)0));
        m.Symbols.Should().BeEmpty();
        m.Mappings.Should().BeEmpty();
    }

    private static void AssertGlbxMetadata(DbnMetadata m, ushort schema, string file)
    {
        (m.Dataset, m.Schema, m.Start, m.End, m.Limit, m.StypeIn, m.StypeOut)
            .Should().Be(("GLBX.MDP3", schema, 1609160400000000000UL, 1609200000000000000UL, 2UL, (byte)1, (byte)0), file);
        m.Symbols.Should().Equal("ESH1");
        m.Partial.Should().BeEmpty();
        m.NotFound.Should().BeEmpty();
        m.Mappings.Should().ContainSingle();
        m.Mappings[0].RawSymbol.Should().Be("ESH1");
        m.Mappings[0].Intervals.Should().Equal(new SymbolInterval(20201228, 20201229, "5482"));
    }

    private static List<T> Read<T>(string file, byte rtype) where T : unmanaged, IDbnRecord
    {
        using var r = DbnFixtures.Open(file);
        var list = new List<T>();
        while (r.TryRead(out var rec))
        {
            rec.RType.Should().Be(rtype, file);
            list.Add(rec.As<T>());
        }

        return list;
    }
}
