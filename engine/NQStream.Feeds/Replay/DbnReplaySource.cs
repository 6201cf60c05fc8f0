using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;

namespace NQStream.Feeds.Replay;

/// <summary>
/// Replays one or more DBN files (definitions, statistics, status, MBO, trades; plain or zstd) as one
/// stream of <see cref="MarketEvent"/>s merged by each record's index timestamp (<c>ts_recv</c>;
/// <c>ts_event</c> for OHLCV and gateway records), ties broken by file order then record order, so the
/// result is deterministic and a definition given in an earlier file precedes same-time market data.
/// </summary>
public sealed class DbnReplaySource : IDisposable
{
    private readonly Head[] _heads;
    private readonly IDefinitionSink? _definitions;
    private int _active;
    private Head? _lead;
    private ulong _boundTs;
    private int _boundOrder;

    private sealed class Head(DbnReader reader, int order)
    {
        public readonly DbnReader Reader = reader;
        public readonly int Order = order;
        public readonly byte[] Definition = new byte[InstrumentDefMsg.StructSize];
        public MarketEvent Event;
        public ulong IndexTs;
        public bool HasEvent;
        public bool Done;
    }

    /// <summary>Opens every file (format detected per file); definitions go to <paramref name="definitions"/>.</summary>
    public DbnReplaySource(IReadOnlyList<string> files, IDefinitionSink? definitions = null, DbnReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            throw new ArgumentException("at least one DBN file is required", nameof(files));
        }

        var opts = (options ?? DbnReaderOptions.Default) with { Upgrade = true, AllowUnknownRTypes = true };
        _heads = new Head[files.Count];
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                _heads[i] = new Head(DbnReader.Open(files[i], opts), i);
            }
        }
        catch
        {
            Dispose();
            throw;
        }

        _definitions = definitions;
        _active = _heads.Length;
        foreach (var h in _heads)
        {
            Advance(h);
        }
    }

    /// <summary>Metadata of each file, in the order given (null for fragments).</summary>
    public IEnumerable<DbnMetadata?> Metadata => _heads.Select(h => h.Reader.Metadata);

    /// <summary>Counters so far.</summary>
    public ReplayCounters Counters { get; } = new();

    /// <summary>Emits the next event in index-timestamp order; false when every file is exhausted.</summary>
    public bool TryNext(out MarketEvent ev)
    {
        // The head that emitted last keeps the lead while its next event still sorts before every other head's
        // (only it has moved since the last scan): one compare per event while the MBO file runs ahead of the
        // small definitions and statistics files, a scan of all heads only when the lead may change.
        var best = _lead;
        if (best is null || !best.HasEvent || best.IndexTs > _boundTs || (best.IndexTs == _boundTs && best.Order > _boundOrder))
        {
            best = SelectLead();
            if (best is null)
            {
                ev = default;
                return false;
            }
        }

        ev = best.Event;
        if (ev.Kind == EventKind.Definition && _definitions is not null)
        {
            ev.Aux64 = _definitions.OnDefinition(System.Runtime.InteropServices.MemoryMarshal.AsRef<InstrumentDefMsg>(best.Definition));
        }

        Counters.EventsEmitted++;
        Advance(best);
        return true;
    }

    /// <summary>
    /// Scans every head: the earliest event leads (strict '&lt;' in file order keeps the earlier file on ties); the
    /// earliest of the others, as (index time, file order), bounds how long the lead may keep emitting unscanned.
    /// </summary>
    private Head? SelectLead()
    {
        Head? best = null;
        Head? second = null;
        foreach (var h in _heads)
        {
            if (!h.HasEvent)
            {
                continue;
            }

            if (best is null || h.IndexTs < best.IndexTs)
            {
                second = best;
                best = h;
            }
            else if (second is null || h.IndexTs < second.IndexTs)
            {
                second = h;
            }
        }

        _lead = best;
        _boundTs = second?.IndexTs ?? ulong.MaxValue;
        _boundOrder = second?.Order ?? int.MaxValue;
        return best;
    }

    private void Advance(Head h)
    {
        h.HasEvent = false;
        var reader = h.Reader;
        while (!h.Done && reader.TryRead(out var rec))
        {
            Counters.RecordsRead++;
            Counters.BytesRead += rec.Bytes.Length;
            if (rec.RType == RType.Mbo)
            {
                // The bulk of a day: MBO is known in every DBN version, so its layout is never null.
                ref readonly var m = ref rec.As<MboMsg>();
                h.Event = MarketEvent.FromMbo(in m);
                h.IndexTs = m.TsRecv;
                h.HasEvent = true;
                return;
            }

            if (Normalize(rec, h))
            {
                h.HasEvent = true;
                return;
            }
        }

        if (!h.Done)
        {
            h.Done = true;
            _active--;
        }
    }

    /// <remarks>MBO records never reach here: <see cref="Advance"/> converts them first.</remarks>
    private bool Normalize(in DbnRecord rec, Head h)
    {
        if (rec.Layout is null)
        {
            Counters.UnknownRecords++;
            return false;
        }

        switch (rec.RType)
        {
            case RType.Statistics:
            {
                ref readonly var s = ref rec.As<StatMsg>();
                h.Event = MarketEvent.FromStat(in s);
                h.IndexTs = s.TsRecv;
                return true;
            }

            case RType.Status:
            {
                ref readonly var s = ref rec.As<StatusMsg>();
                h.Event = MarketEvent.FromStatus(in s);
                h.IndexTs = s.TsRecv;
                return true;
            }

            case RType.Mbp0:
            {
                ref readonly var t = ref rec.As<TradeMsg>();
                h.Event = MarketEvent.FromTrade(in t);
                h.IndexTs = t.TsRecv;
                return true;
            }

            case RType.InstrumentDef:
            {
                ref readonly var d = ref rec.As<InstrumentDefMsg>();
                rec.Bytes[..InstrumentDefMsg.StructSize].CopyTo(h.Definition);
                h.Event = new MarketEvent
                {
                    TsEvent = d.Hd.TsEvent,
                    TsRecv = d.TsRecv,
                    InstrumentId = d.Hd.InstrumentId,
                    PublisherId = d.Hd.PublisherId,
                    Kind = EventKind.Definition,
                    Action = d.SecurityUpdateAction,
                    Side = d.InstrumentClass,
                    Aux64 = -1,
                };
                h.IndexTs = d.TsRecv;
                return true;
            }

            default:
                Counters.SkippedRecords++;
                return false;
        }
    }

    /// <summary>Files still being read.</summary>
    public int ActiveFiles => _active;

    /// <summary>Closes every file.</summary>
    public void Dispose()
    {
        foreach (var h in _heads)
        {
            h?.Reader.Dispose();
        }
    }
}
