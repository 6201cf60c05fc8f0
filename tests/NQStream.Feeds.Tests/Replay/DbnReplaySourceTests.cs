using FluentAssertions;
using NQStream.Feeds.Replay;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Feeds.Tests.Replay;

public sealed class DbnReplaySourceTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("replay");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed class Definitions : IDefinitionSink
    {
        public List<string> Symbols { get; } = [];

        public long OnDefinition(in InstrumentDefMsg definition)
        {
            Symbols.Add(definition.RawSymbolText());
            return Symbols.Count - 1;
        }
    }

    private string WriteMbo(string name, params (uint Id, ulong TsRecv)[] rows)
    {
        var path = Path.Combine(_dir, name);
        using var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = 0 });
        foreach (var (id, ts) in rows)
        {
            var m = new MboMsg { TsRecv = ts, Action = (byte)'A', Side = (byte)'B', Size = 1, Price = 5, OrderId = ts, Flags = Flags.Last };
            m.Hd.RType = RType.Mbo;
            m.Hd.InstrumentId = id;
            m.Hd.TsEvent = ts - 1;
            w.Write(in m);
        }

        return path;
    }

    private string WriteDefinition(string name, uint id, ulong tsRecv, string symbol)
    {
        var path = Path.Combine(_dir, name);
        using var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = (ushort)Schema.Definition });
        var d = new InstrumentDefMsg { TsRecv = tsRecv, InstrumentClass = (byte)'C', SecurityUpdateAction = (byte)'A', StrikePrice = 21_000_000_000_000 };
        d.Hd.RType = RType.InstrumentDef;
        d.Hd.InstrumentId = id;
        d.Hd.TsEvent = tsRecv;
        DbnText.Write(d.RawSymbol, symbol);
        w.Write(in d);
        return path;
    }

    [Fact]
    public void Files_are_merged_by_index_timestamp_with_file_order_breaking_ties()
    {
        var defs = WriteDefinition("defs.dbn.zst", 7, 100, "NQZ6 C21000");
        var a = WriteMbo("a.dbn.zst", (7, 100), (7, 300), (7, 500));
        var b = WriteMbo("b.dbn", (8, 200), (8, 300), (8, 600));
        var sink = new Definitions();
        using var source = new DbnReplaySource([defs, a, b], sink);
        var order = new List<(EventKind, uint, ulong)>();
        while (source.TryNext(out var ev))
        {
            order.Add((ev.Kind, ev.InstrumentId, ev.TsRecv));
            if (ev.Kind == EventKind.Definition)
            {
                ev.Aux64.Should().Be(0, "the sink's slot travels in Aux64");
                ((char)ev.Side).Should().Be('C');
            }
        }

        order.Should().Equal(
            (EventKind.Definition, 7u, 100UL), (EventKind.Mbo, 7u, 100UL), (EventKind.Mbo, 8u, 200UL),
            (EventKind.Mbo, 7u, 300UL), (EventKind.Mbo, 8u, 300UL), (EventKind.Mbo, 7u, 500UL), (EventKind.Mbo, 8u, 600UL));
        sink.Symbols.Should().Equal("NQZ6 C21000");
        (source.Counters.RecordsRead, source.Counters.EventsEmitted, source.ActiveFiles).Should().Be((7L, 7L, 0));
    }

    [SharedDataFact]
    public void Vendor_mbo_statistics_and_unconsumed_schemas_are_normalized_or_counted()
    {
        var mbo = SharedData.DataPath("dbn", "test_data.mbo.v1.dbn.zst");
        var stats = SharedData.DataPath("dbn", "test_data.statistics.v2.dbn.zst");
        var mbp = SharedData.DataPath("dbn", "test_data.mbp-10.v3.dbn.zst");
        using var source = new DbnReplaySource([mbo, stats, mbp]);
        var events = new List<MarketEvent>();
        while (source.TryNext(out var ev))
        {
            events.Add(ev);
        }

        events.Where(e => e.Kind == EventKind.Mbo).Select(e => e.OrderId).Should().Equal(647784973705UL, 647784973631UL);
        var stat = events.Where(e => e.Kind == EventKind.Statistic).ToList();
        stat.Select(e => (e.StatType, e.Price, e.Aux64)).Should().Equal(((ushort)7, 100000000000L, long.MaxValue), ((ushort)5, 100000000000L, long.MaxValue));
        source.Counters.SkippedRecords.Should().Be(2, "MBP-10 is not consumed by the engine");
        events.Select(e => e.TsRecv).Should().BeInAscendingOrder();
    }

    [Fact]
    public void A_bad_file_fails_with_its_name_before_anything_is_emitted()
    {
        var good = WriteMbo("good.dbn", (1, 10));
        var bad = Path.Combine(_dir, "bad.dbn");
        File.WriteAllText(bad, "not dbn");
        var act = () => new DbnReplaySource([good, bad]);
        act.Should().Throw<DbnFormatException>().WithMessage($"{bad}: offset 0: not a DBN stream*");
    }
}
