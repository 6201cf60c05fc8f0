using System.Collections.Concurrent;
using System.Diagnostics;
using NQStream.Core.Graph;
using NQStream.Core.Ring;
using NQStream.Feeds.Replay;
using NQStream.Market.Events;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

namespace NQStream.Cli.Replay;

/// <summary>
/// The main job's data path: DBN files → <see cref="DbnReplaySource"/> (merged by index time) → the
/// MarketEvent ring → the operator graph (books, OFI, aggressor imbalance) → a bounded queue → the
/// embedded SQLite store. A full queue blocks the operator, which fills the ring, which blocks the feed:
/// backpressure end to end, nothing dropped.
/// </summary>
internal static class ReplayRunner
{
    private const int RingSize = 1 << 16;
    private const long WindowNs = 10_000_000_000;
    private const double Multiplier = 20.0;

    public static async Task<ReplaySummary> RunAsync(IReadOnlyList<string> files, string storePath, Action<long>? progress)
    {
        var symbols = new DefinitionSymbols();
        using var source = new DbnReplaySource(files, symbols);
        var store = SqliteStore.Open(storePath);
        await using (store.ConfigureAwait(false))
        {
            using var rows = new BlockingCollection<SinkRow>(boundedCapacity: 50_000);
            var writer = Task.Run(async () =>
            {
                foreach (var row in rows.GetConsumingEnumerable())
                {
                    await store.WriteAsync(row).ConfigureAwait(false);
                }
            });
            var publishTicks = new long[RingSize];
            var market = new MarketFlowOperator(WindowNs, publishTicks, symbols.Symbols, rows.Add, Multiplier);
            using var graph = new OperatorGraphBuilder<MarketEvent>(new GraphOptions
            {
                Name = "replay",
                BufferSize = RingSize,
                WaitStrategy = new YieldingWaitStrategy(),
                DefaultFaultPolicy = FaultPolicy.Halt,
            }).AddOperator("market", market).Build();

            var ring = graph.Ring;
            var clock = Stopwatch.StartNew();
            graph.Start();
            long published = 0;
            while (source.TryNext(out var ev))
            {
                var seq = ring.Next();
                ring[seq] = ev;
                publishTicks[seq & (RingSize - 1)] = Stopwatch.GetTimestamp();
                ring.Publish(seq);
                if ((++published & 0x3FFF) == 0)
                {
                    progress?.Invoke(published);
                }
            }

            var drained = graph.Shutdown(TimeSpan.FromMinutes(5));
            var seconds = clock.Elapsed.TotalSeconds;
            rows.CompleteAdding();
            await writer.ConfigureAwait(false);
            await store.FlushAsync().ConfigureAwait(false);
            if (!drained)
            {
                throw new InvalidOperationException("the replay graph did not drain (an operator halted; see the fault log above)");
            }

            progress?.Invoke(published);
            var h = market.LatencyNs;
            return new ReplaySummary
            {
                Events = published,
                Seconds = seconds,
                EventsPerSecond = seconds > 0 ? published / seconds : 0,
                Signals = 0,
                SignalsByPriority = new SortedDictionary<string, long>(StringComparer.Ordinal),
                LatencyUs = new LatencySummary(h.Percentile(50) / 1e3, h.Percentile(99) / 1e3, h.Percentile(99.9) / 1e3, h.Max / 1e3),
                Trades = market.Trades,
                WindowsWritten = market.WindowsEmitted,
                Instruments = market.Books.Books.Count,
                BookProblems = market.Books.TotalIntegrity().Problems,
                SkippedRecords = source.Counters.SkippedRecords + source.Counters.UnknownRecords,
                Store = storePath,
            };
        }
    }
}
