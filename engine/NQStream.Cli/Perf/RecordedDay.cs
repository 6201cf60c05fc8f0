using System.Diagnostics;
using NQStream.Cli.Replay;
using NQStream.Feeds.Replay;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;
using NQStream.Market.Instruments;

namespace NQStream.Cli.Perf;

/// <summary>
/// A replay input decoded once into memory: the merged event stream of the files (what <see cref="DbnReplaySource"/>
/// publishes into the ring) and the decoded definitions, whose tickets (<c>Aux64</c> of Definition events) are their
/// indexes. Lets the harness run the pipeline and its peers over identical events without decode in the timing.
/// </summary>
internal sealed class RecordedDay : IDefinitionSink, IDefinitionTickets
{
    private readonly List<Instrument> _definitions = [];
    private MarketEvent[] _events = new MarketEvent[1 << 20];

    private RecordedDay(IReadOnlyList<string> files) => Files = files;

    public IReadOnlyList<string> Files { get; }

    public int Count { get; private set; }

    public ReadOnlySpan<MarketEvent> Events => _events.AsSpan(0, Count);

    /// <summary>Seconds the decode took (files → events, definitions decoded).</summary>
    public double DecodeSeconds { get; private set; }

    /// <summary>
    /// Decodes <paramref name="files"/> (merged by time, as the replay does). With <paramref name="into"/> (an array
    /// the caller allocated and touched before timing, e.g. sized to a previous load's <see cref="Count"/>) the events
    /// land there, so a timed load measures the feed (what the replay's feed thread does before the ring) rather than
    /// the growth and first-touch page faults of a 150 MB array.
    /// </summary>
    public static RecordedDay Load(IReadOnlyList<string> files, MarketEvent[]? into = null)
    {
        var day = new RecordedDay(files);
        if (into is { Length: > 0 })
        {
            day._events = into;
        }

        var clock = Stopwatch.StartNew();
        using (var source = new DbnReplaySource(files, day))
        {
            while (source.TryNext(out var ev))
            {
                if (day.Count == day._events.Length)
                {
                    Array.Resize(ref day._events, day.Count * 2);
                }

                day._events[day.Count++] = ev;
            }
        }

        day.DecodeSeconds = clock.Elapsed.TotalSeconds;
        return day;
    }

    long IDefinitionSink.OnDefinition(in InstrumentDefMsg definition)
    {
        _definitions.Add(Instrument.FromDefinition(in definition, ContractFacts.Nq));
        return _definitions.Count - 1;
    }

    /// <summary>The definition behind <paramref name="ticket"/>; it stays available, so the day can be replayed again.</summary>
    public Instrument Take(long ticket) => _definitions[(int)ticket];
}
