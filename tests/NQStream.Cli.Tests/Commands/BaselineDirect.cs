using NQStream.Feeds.Replay;
using NQStream.Market;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Market.Sessions;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;

namespace NQStream.Cli.Tests.Commands;

/// <summary>Direct per (trade date, cell) volumes and distinct instruments from a simulator folder, for comparison.</summary>
internal static class BaselineDirect
{
    public static SortedDictionary<(DateOnly Date, int Cell), (long V, HashSet<uint> Ids)> Compute(string simDir)
    {
        var result = new SortedDictionary<(DateOnly, int), (long, HashSet<uint>)>();
        var resolver = new TradeCellResolver(new Black76Options());
        foreach (var day in Directory.GetDirectories(simDir).Order(StringComparer.Ordinal))
        {
            var registry = new InstrumentRegistry();
            var futures = new Dictionary<uint, double>();
            string[] files = [Path.Combine(day, "definitions.dbn.zst"), Path.Combine(day, "mbo.dbn.zst")];
            using var source = new DbnReplaySource(files, new Sink(registry));
            while (source.TryNext(out var ev))
            {
                if (ev.Kind != EventKind.Mbo || ev.Action != (byte)'T' || !registry.TryGet(ev.InstrumentId, out var inst))
                {
                    continue;
                }

                var price = FixedPoint.ToPointsUnchecked(ev.Price);
                if (inst.Class == InstrumentClass.Future)
                {
                    futures[ev.InstrumentId] = price;
                    continue;
                }

                var u = registry.UnderlyingOfId(ev.InstrumentId);
                double? f = futures.TryGetValue(u.Id, out var x) ? x : null;
                if (!inst.IsOption || !resolver.TryResolve(inst, price, f, (long)ev.TsEvent, out var cell))
                {
                    continue;
                }

                var key = (TradingSession.TradeDateOf((long)ev.TsEvent), cell.Index);
                if (!result.TryGetValue(key, out var acc))
                {
                    acc = (0, []);
                }

                acc.Item2.Add(ev.InstrumentId);
                result[key] = (acc.Item1 + ev.Size, acc.Item2);
            }
        }

        return result;
    }

    private sealed class Sink(InstrumentRegistry registry) : IDefinitionSink
    {
        public long OnDefinition(in InstrumentDefMsg definition) => registry.Apply(in definition);
    }
}
