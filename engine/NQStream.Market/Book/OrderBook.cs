using System.Diagnostics;
using NQStream.Market.Dbn;
using NQStream.Market.Events;

namespace NQStream.Market.Book;

/// <summary>
/// Market-by-order book of one (instrument, publisher), built from MBO records (docs/dbn.md §10,
/// docs/algorithms.md §2.3). <c>A</c>, <c>C</c>, <c>M</c>, <c>R</c> change the book; <c>T</c>, <c>F</c>,
/// <c>N</c> do not. A view (<see cref="Top"/>, <see cref="PublishedBids"/>/<see cref="PublishedAsks"/>)
/// is published only after a record carrying <c>F_LAST</c>, so readers never see half of a venue event.
/// Integrity problems are counted, never thrown. Single writer; no allocation in steady state.
/// </summary>
[DebuggerDisplay("book {InstrumentId}/{PublisherId}: {OrderCount} orders, {_published.State}")]
public sealed partial class OrderBook
{
    private readonly BookSide _bids;
    private readonly BookSide _asks;
    private readonly OrderMap _map;
    private readonly BookMetrics? _metrics;
    private readonly DepthLevel[] _publishedBids;
    private readonly DepthLevel[] _publishedAsks;
    private OrderSlot[] _orders;
    private int _orderHigh;
    private int _freeOrder = -1;
    private int _publishedBidCount;
    private int _publishedAskCount;
    private BookIntegrity _integrity;
    private BookTop _published;
    private bool _suspect;
    private bool _inSnapshot;

    /// <summary>Creates an empty book.</summary>
    /// <param name="instrumentId">Instrument id.</param>
    /// <param name="publisherId">Publisher id.</param>
    /// <param name="options">Sizing and publish depth; <see cref="BookOptions.Default"/> when null.</param>
    /// <param name="metrics">Where integrity totals are reported; none when null.</param>
    public OrderBook(uint instrumentId, ushort publisherId, BookOptions? options = null, BookMetrics? metrics = null)
    {
        options ??= BookOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.PublishDepth);
        InstrumentId = instrumentId;
        PublisherId = publisherId;
        _metrics = metrics;
        var orders = Math.Max(4, options.InitialOrders);
        var levels = Math.Max(4, options.InitialLevels);
        _orders = new OrderSlot[orders];
        _map = new OrderMap(orders);
        _bids = new BookSide(OrderSide.Bid, levels);
        _asks = new BookSide(OrderSide.Ask, levels);
        _publishedBids = new DepthLevel[options.PublishDepth];
        _publishedAsks = new DepthLevel[options.PublishDepth];
        _published = EmptyTop(0);
    }

    /// <summary>Instrument id.</summary>
    public uint InstrumentId { get; }

    /// <summary>Publisher id.</summary>
    public ushort PublisherId { get; }

    /// <summary>The last published view (after the last record carrying <c>F_LAST</c>).</summary>
    public BookTop Top => _published;

    /// <summary>
    /// The last published view by reference (no copy): it changes in place at the next <c>F_LAST</c>, so read it
    /// before applying further records.
    /// </summary>
    public ref readonly BookTop TopRef => ref _published;

    /// <summary>Levels per side copied at each publication.</summary>
    public int PublishDepth => _publishedBids.Length;

    /// <summary>Bid levels of the last published view, best first (up to <see cref="PublishDepth"/>).</summary>
    public ReadOnlySpan<DepthLevel> PublishedBids => _publishedBids.AsSpan(0, _publishedBidCount);

    /// <summary>Ask levels of the last published view, best first (up to <see cref="PublishDepth"/>).</summary>
    public ReadOnlySpan<DepthLevel> PublishedAsks => _publishedAsks.AsSpan(0, _publishedAskCount);

    /// <summary>Views published so far.</summary>
    public long Publications { get; private set; }

    /// <summary>MBO records applied so far (all actions).</summary>
    public long Records { get; private set; }

    /// <summary>
    /// True while records of a venue event have been applied without the closing <c>F_LAST</c>: the live
    /// book (<see cref="CopyDepth"/>, <see cref="TryGetQueuePosition"/>) is then half-applied.
    /// </summary>
    public bool EventInProgress { get; private set; }

    /// <summary>True after <c>F_MAYBE_BAD_BOOK</c> until the next clear (<c>R</c> or snapshot).</summary>
    public bool IsSuspect => _suspect;

    /// <summary>Integrity counts for this book.</summary>
    public BookIntegrity Integrity => _integrity;

    /// <summary>Resting orders.</summary>
    public int OrderCount => _map.Count;

    /// <summary>Applies one normalized event. Non-MBO events are ignored.</summary>
    public void Apply(in MarketEvent e)
    {
        if (e.Kind != EventKind.Mbo)
        {
            return;
        }

        Records++;
        var flags = e.Flags;

        // A snapshot rebuilds the book: the first snapshot record after live records clears it
        // (a snapshot normally starts with R; historical files open the day with bare snapshot adds).
        if ((flags & Flags.Snapshot) != 0)
        {
            if (!_inSnapshot)
            {
                ClearAll();
                _inSnapshot = true;
            }
        }
        else
        {
            _inSnapshot = false;
        }

        switch (e.Action)
        {
            case (byte)'A':
                Add(e.OrderId, e.Side, e.Price, e.Size);
                break;
            case (byte)'C':
                Cancel(e.OrderId, e.Size);
                break;
            case (byte)'M':
                Modify(e.OrderId, e.Side, e.Price, e.Size);
                break;
            case (byte)'R':
                ClearAll();
                break;
            default:
                // T, F, N and unknown actions: no book change (a fill is followed by its C/M).
                break;
        }

        if ((flags & Flags.MaybeBadBook) != 0)
        {
            _suspect = true;
            _integrity.MaybeBadBook++;
            _metrics?.MaybeBadBook.Add(1);
        }

        if ((flags & Flags.Last) != 0)
        {
            Publish(e.TsEvent);
            EventInProgress = false;
        }
        else
        {
            EventInProgress = true;
        }
    }

    private void Publish(ulong tsEvent)
    {
        ref var top = ref _published;
        top.TsEvent = tsEvent;
        if (_bids.Count > 0)
        {
            ref readonly var b = ref _bids.Levels[_bids.LevelAt(0)];
            top.BidPx = b.Price;
            top.BidSz = b.Size;
            top.BidCt = b.Count;
        }
        else
        {
            top.BidPx = DbnConstants.UndefPrice;
            top.BidSz = 0;
            top.BidCt = 0;
        }

        if (_asks.Count > 0)
        {
            ref readonly var a = ref _asks.Levels[_asks.LevelAt(0)];
            top.AskPx = a.Price;
            top.AskSz = a.Size;
            top.AskCt = a.Count;
        }
        else
        {
            top.AskPx = DbnConstants.UndefPrice;
            top.AskSz = 0;
            top.AskCt = 0;
        }

        top.State = BookTop.Classify(top.HasBid, top.BidPx, top.HasAsk, top.AskPx, _suspect);
        if (top.HasBid && top.HasAsk && top.BidPx >= top.AskPx)
        {
            CountCrossedOrLocked(top.BidPx > top.AskPx);
        }

        if (_publishedBids.Length > 1)
        {
            _publishedBidCount = Copy(_bids, _publishedBids);
            _publishedAskCount = Copy(_asks, _publishedAsks);
        }
        else if (_publishedBids.Length == 1)
        {
            // Depth 1 is the top just computed: no second walk.
            _publishedBidCount = _bids.Count > 0 ? 1 : 0;
            _publishedAskCount = _asks.Count > 0 ? 1 : 0;
            _publishedBids[0] = new DepthLevel(top.BidPx, top.BidSz, top.BidCt);
            _publishedAsks[0] = new DepthLevel(top.AskPx, top.AskSz, top.AskCt);
        }

        Publications++;
    }

    private void CountCrossedOrLocked(bool crossed)
    {
        if (crossed)
        {
            _integrity.Crossed++;
            _metrics?.Crossed.Add(1);
        }
        else
        {
            _integrity.Locked++;
            _metrics?.Locked.Add(1);
        }
    }

    private BookTop EmptyTop(ulong tsEvent) => new()
    {
        TsEvent = tsEvent,
        InstrumentId = InstrumentId,
        PublisherId = PublisherId,
        BidPx = DbnConstants.UndefPrice,
        AskPx = DbnConstants.UndefPrice,
    };

    private static int Copy(BookSide side, Span<DepthLevel> dest)
    {
        var n = Math.Min(dest.Length, side.Count);
        var levels = side.Levels;
        for (var d = 0; d < n; d++)
        {
            ref readonly var l = ref levels[side.LevelAt(d)];
            dest[d] = new DepthLevel(l.Price, l.Size, l.Count);
        }

        return n;
    }
}
