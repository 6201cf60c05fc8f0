using System.Runtime.InteropServices;
using NQStream.Market.Book;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Market.Sessions;

namespace NQStream.Market.Chain;

/// <summary>
/// Follows one totally ordered event stream (a replay or a live feed) and keeps what an option-chain snapshot needs:
/// open interest and settlements (<see cref="StatisticsBook"/>, §2.6), the L3 book of every instrument
/// (<see cref="BookSet"/>, §2.3) with the last valid top, and per instrument the last trade and the day's volume by
/// aggressor side. Definitions reach <see cref="Registry"/> through the feed's definition sink before their event is
/// applied here. <see cref="Snapshot"/> turns the state of one underlying into a <see cref="ChainSnapshot"/>.
/// One writer thread; no allocation per event once an instrument has its entry and book.
/// </summary>
public sealed partial class ChainTracker
{
    private readonly Dictionary<uint, InstrumentActivity> _activity;
    private long _sessionLo = long.MaxValue;
    private long _sessionHi = long.MinValue;
    private DateOnly _sessionDate;

    /// <summary>Creates a tracker over <paramref name="registry"/> (fed by the caller's definition sink).</summary>
    public ChainTracker(InstrumentRegistry registry, BookOptions? bookOptions = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Registry = registry;
        Statistics = new StatisticsBook();
        Books = new BookSet(bookOptions);
        _activity = new Dictionary<uint, InstrumentActivity>(1024);
    }

    /// <summary>The instruments (definitions are applied by the feed's sink, not by <see cref="Apply"/>).</summary>
    public InstrumentRegistry Registry { get; }

    /// <summary>Open interest, settlement and cleared volume per instrument.</summary>
    public StatisticsBook Statistics { get; }

    /// <summary>The order books.</summary>
    public BookSet Books { get; }

    /// <summary>Events applied.</summary>
    public long Events { get; private set; }

    /// <summary>Definition events applied.</summary>
    public long Definitions { get; private set; }

    /// <summary>Statistics events applied.</summary>
    public long StatisticsEvents { get; private set; }

    /// <summary>MBO events applied.</summary>
    public long MboEvents { get; private set; }

    /// <summary>Trade-print events applied.</summary>
    public long PrintEvents { get; private set; }

    /// <summary>Largest <c>ts_event</c> applied (UNIX ns); null before the first event.</summary>
    public long? LastTsEvent { get; private set; }

    /// <summary>True when the stream carried trade-bearing records (MBO or prints), so a missing trade means volume 0, not unknown.</summary>
    public bool HasTradeData => MboEvents + PrintEvents > 0;

    /// <summary>Applies one event.</summary>
    public void Apply(in MarketEvent e)
    {
        Events++;
        if (e.TsEvent <= long.MaxValue && (LastTsEvent is not long last || (long)e.TsEvent > last))
        {
            LastTsEvent = (long)e.TsEvent;
        }

        switch (e.Kind)
        {
            case EventKind.Definition:
                Definitions++;
                break;
            case EventKind.Statistic:
                StatisticsEvents++;
                Statistics.Apply(in e);
                break;
            case EventKind.Mbo:
                ApplyMbo(in e);
                break;
            case EventKind.Trade:
            {
                PrintEvents++;
                ref var a = ref Entry(e.InstrumentId);
                a.Prints.Add(e.Price, e.Size, e.Side, (long)e.TsEvent, TradeDateOf((long)e.TsEvent));
                break;
            }

            default:
                break;
        }
    }

    /// <summary>What the tracker saw of <paramref name="instrumentId"/> (default when nothing).</summary>
    public InstrumentActivity Activity(uint instrumentId) =>
        _activity.TryGetValue(instrumentId, out var a) ? a : default;

    private void ApplyMbo(in MarketEvent e)
    {
        MboEvents++;
        var book = Books.Apply(in e)!;
        ref var a = ref Entry(e.InstrumentId);
        a.HasBook = true;
        a.PublisherId = e.PublisherId;
        if (e.Action == (byte)'T')
        {
            a.MboTrades.Add(e.Price, e.Size, e.Side, (long)e.TsEvent, TradeDateOf((long)e.TsEvent));
        }

        if (e.IsLast && book.Top.State == BookState.Ok)
        {
            a.LastValidTop = book.Top;
            a.HasValidTop = true;
        }
    }

    private ref InstrumentActivity Entry(uint instrumentId) =>
        ref CollectionsMarshal.GetValueRefOrAddDefault(_activity, instrumentId, out _);

    // Trades arrive session by session: remember the open/close of the last session looked up.
    private DateOnly TradeDateOf(long tsEvent)
    {
        if (tsEvent >= _sessionLo && tsEvent < _sessionHi)
        {
            return _sessionDate;
        }

        var date = TradingSession.TradeDateOf(tsEvent);
        long lo = TradingSession.OpenNs(date), hi = TradingSession.CloseNs(date);
        if (tsEvent >= lo && tsEvent < hi)
        {
            (_sessionLo, _sessionHi, _sessionDate) = (lo, hi, date);
        }

        return date;
    }
}
