using NQStream.Feeds.Replay;
using NQStream.Market.Book;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Evaluation.Ceiling;

namespace NQStream.Cli.Commands;

/// <summary>
/// Streams DBN files into a <see cref="LabelOracle"/> the way <c>IfdPipeline</c> feeds its bracket tracker: the files
/// merged by <see cref="DbnReplaySource"/>; a definition marks its instrument a future (class F) when its event comes
/// up; futures get L3 books (options are skipped); after each <c>F_LAST</c> record of a future, the book top's mid
/// goes to the oracle when it is a valid F (<see cref="UnderlyingMid"/>: state OK); event time advances once a second
/// of <c>ts_event</c>, as in the pipeline.
/// </summary>
internal sealed class CeilingReplay : IDefinitionSink
{
    private const long AdvanceEveryNs = 1_000_000_000;

    private readonly List<(uint Id, bool Future)> _definitions = [];
    private readonly HashSet<uint> _futures = [];
    private readonly BookSet _books = new();

    private CeilingReplay()
    {
    }

    /// <summary>Records read (every schema).</summary>
    public long Records { get; private set; }

    /// <summary>Valid future mids given to the oracle.</summary>
    public long Mids { get; private set; }

    /// <summary>Futures seen in the definitions.</summary>
    public int Futures => _futures.Count;

    public static CeilingReplay Run(IReadOnlyList<string> files, LabelOracle oracle)
    {
        var replay = new CeilingReplay();
        using var source = new DbnReplaySource(files, replay);
        long maxTs = long.MinValue, nextAdvance = long.MinValue;
        while (source.TryNext(out var e))
        {
            replay.Records++;
            if (e.Kind == EventKind.Definition)
            {
                var (id, future) = replay._definitions[(int)e.Aux64];
                if (future)
                {
                    replay._futures.Add(id);
                }

                continue;
            }

            if (e.Kind != EventKind.Mbo)
            {
                continue;
            }

            var ts = (long)e.TsEvent;
            if (ts > maxTs)
            {
                maxTs = ts;
                if (ts >= nextAdvance)
                {
                    nextAdvance = ts + AdvanceEveryNs;
                    oracle.AdvanceTo(ts);
                }
            }

            if (!replay._futures.Contains(e.InstrumentId))
            {
                continue;
            }

            var book = replay._books.GetOrAdd(e.InstrumentId, e.PublisherId, out _);
            book.Apply(in e);
            if (e.IsLast && UnderlyingMid.Of(in book.TopRef, ts, long.MaxValue) is double mid)
            {
                replay.Mids++;
                oracle.OnMid(e.InstrumentId, ts, mid);
            }
        }

        return replay;
    }

    long IDefinitionSink.OnDefinition(in InstrumentDefMsg definition)
    {
        var instrument = Instrument.FromDefinition(in definition, ContractFacts.Nq);
        _definitions.Add((instrument.InstrumentId, instrument.Class == InstrumentClass.Future));
        return _definitions.Count - 1;
    }
}
