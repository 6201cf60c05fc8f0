using FluentAssertions;
using NQStream.Feeds.Replay;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Feeds.Tests.Replay;

/// <summary>
/// The merge keeps the head that emitted last in the lead while it stays ahead of every other head: these cases make the
/// lead change on ties, after long runs of one file and when files end, and compare with a stable sort by
/// (index time, file, record).
/// </summary>
public sealed class DbnReplaySourceMergeTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("replay-merge");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteMbo(string name, ulong[] tsRecv, uint instrument)
    {
        var path = Path.Combine(_dir, name);
        using var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = 0 });
        for (var i = 0; i < tsRecv.Length; i++)
        {
            // The order id names file and record, so the emitted sequence identifies every record.
            var m = new MboMsg { TsRecv = tsRecv[i], Action = (byte)'A', Side = (byte)'B', Size = 1, Price = 5, OrderId = ((ulong)instrument << 32) | (uint)i };
            m.Hd.RType = RType.Mbo;
            m.Hd.InstrumentId = instrument;
            m.Hd.TsEvent = tsRecv[i];
            w.Write(in m);
        }

        return path;
    }

    private static List<(ulong Ts, ulong OrderId)> Drain(DbnReplaySource source)
    {
        var got = new List<(ulong, ulong)>();
        while (source.TryNext(out var ev))
        {
            got.Add((ev.TsRecv, ev.OrderId));
        }

        return got;
    }

    [Fact]
    public void Ties_go_to_the_earlier_file_even_when_a_later_file_holds_the_lead()
    {
        // File 2 leads from 10 to 30; at 40 file 0 and file 1 tie with it: file 0, then file 1, then file 2.
        var a = WriteMbo("a.dbn", [40, 40, 60], 0);
        var b = WriteMbo("b.dbn.zst", [40, 50], 1);
        var c = WriteMbo("c.dbn", [10, 20, 30, 40, 40, 50, 70], 2);
        using var source = new DbnReplaySource([a, b, c]);
        Drain(source).Should().Equal(
            (10UL, Id(2, 0)), (20UL, Id(2, 1)), (30UL, Id(2, 2)),
            (40UL, Id(0, 0)), (40UL, Id(0, 1)), (40UL, Id(1, 0)), (40UL, Id(2, 3)), (40UL, Id(2, 4)),
            (50UL, Id(1, 1)), (50UL, Id(2, 5)), (60UL, Id(0, 2)), (70UL, Id(2, 6)));
        (source.Counters.EventsEmitted, source.ActiveFiles).Should().Be((12L, 0));
    }

    [Fact]
    public void A_later_file_leads_past_an_earlier_file_only_while_strictly_ahead()
    {
        // File 1 runs far ahead of file 0's single event, then equals it: file 0 (earlier) must come first.
        var a = WriteMbo("a.dbn", [1_000], 0);
        var b = WriteMbo("b.dbn", [1, 2, 3, 999, 1_000, 1_000], 1);
        using var source = new DbnReplaySource([a, b]);
        Drain(source).Select(e => e.OrderId).Should().Equal(Id(1, 0), Id(1, 1), Id(1, 2), Id(1, 3), Id(0, 0), Id(1, 4), Id(1, 5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_files_with_many_ties_come_out_as_a_stable_sort(int seed)
    {
        var rng = new Random(seed);
        var files = new List<string>();
        var expected = new List<(ulong Ts, int File, int Record, ulong OrderId)>();
        var count = 2 + rng.Next(4);
        for (var f = 0; f < count; f++)
        {
            var ts = new List<ulong>();
            var t = (ulong)rng.Next(5);
            var n = rng.Next(0, 400);
            for (var i = 0; i < n; i++)
            {
                t += (ulong)rng.Next(0, 3); // steps of 0-2: long equal runs and ties across files
                ts.Add(t);
                expected.Add((t, f, i, Id((uint)f, i)));
            }

            files.Add(WriteMbo($"f{f}.dbn{(f % 2 == 0 ? ".zst" : "")}", [.. ts], (uint)f));
        }

        using var source = new DbnReplaySource(files);
        var want = expected.OrderBy(e => e.Ts).ThenBy(e => e.File).ThenBy(e => e.Record).Select(e => (e.Ts, e.OrderId)).ToList();
        Drain(source).Should().Equal(want);
        source.Counters.RecordsRead.Should().Be(expected.Count);
    }

    [Fact]
    public void Definitions_and_statistics_interleave_with_mbo_at_their_times_with_their_values()
    {
        var defs = Path.Combine(_dir, "defs.dbn");
        using (var w = DbnWriter.Create(defs, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = (ushort)Schema.Definition }))
        {
            var d = new InstrumentDefMsg { TsRecv = 25, InstrumentClass = (byte)'P', SecurityUpdateAction = (byte)'A' };
            d.Hd.RType = RType.InstrumentDef;
            d.Hd.InstrumentId = 9;
            d.Hd.TsEvent = 24;
            w.Write(in d);
        }

        var stats = Path.Combine(_dir, "stats.dbn");
        using (var w = DbnWriter.Create(stats, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = (ushort)Schema.Statistics }))
        {
            var s = new StatMsg { TsRecv = 30, Price = 123, Quantity = 77, StatType = 9, TsRef = 5 };
            s.Hd.RType = RType.Statistics;
            s.Hd.InstrumentId = 9;
            s.Hd.TsEvent = 29;
            w.Write(in s);
        }

        var mbo = WriteMbo("mbo.dbn", [10, 20, 30, 40], 3);
        using var source = new DbnReplaySource([defs, stats, mbo]);
        var got = new List<MarketEvent>();
        while (source.TryNext(out var ev))
        {
            got.Add(ev);
        }

        got.Select(e => (e.Kind, e.TsRecv)).Should().Equal(
            (EventKind.Mbo, 10UL), (EventKind.Mbo, 20UL), (EventKind.Definition, 25UL), (EventKind.Statistic, 30UL), (EventKind.Mbo, 30UL), (EventKind.Mbo, 40UL));
        (got[2].InstrumentId, got[2].TsEvent, (char)got[2].Side, (char)got[2].Action, got[2].Aux64).Should().Be((9u, 24UL, 'P', 'A', -1L), "no sink: no slot");
        (got[3].Price, got[3].Aux64, got[3].StatType, got[3].OrderId).Should().Be((123L, 77L, (ushort)9, 5UL));
        (got[4].OrderId, got[4].Price, got[4].TsEvent).Should().Be((Id(3, 2), 5L, 30UL));
    }

    private static ulong Id(uint file, int record) => ((ulong)file << 32) | (uint)record;
}
