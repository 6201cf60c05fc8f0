using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Events;

namespace NQStream.Market.Tests.Book.Support;

/// <summary>
/// The naive reference: the same rules as <see cref="OrderBook"/> (docs/dbn.md §10, algorithms.md §2.3)
/// written the obvious way — a SortedDictionary of price → List of orders per side and a Dictionary of
/// orders. Slow and allocating on purpose; it is the independent implementation the property test and
/// the benchmark compare against. Also linked into perf/NQStream.Benchmarks as the peer.
/// </summary>
public sealed class ReferenceBook
{
    private readonly SortedDictionary<long, List<RefOrder>> _bids = new(Comparer<long>.Create((a, b) => b.CompareTo(a)));
    private readonly SortedDictionary<long, List<RefOrder>> _asks = new();
    private readonly Dictionary<ulong, RefOrder> _orders = [];
    private readonly int _publishDepth;
    private BookIntegrity _integrity;
    private bool _suspect;
    private bool _inSnapshot;

    public ReferenceBook(int publishDepth = 1) => _publishDepth = publishDepth;

    public BookTop Top { get; private set; } = new() { BidPx = DbnConstants.UndefPrice, AskPx = DbnConstants.UndefPrice };

    public List<DepthLevel> PublishedBids { get; private set; } = [];

    public List<DepthLevel> PublishedAsks { get; private set; } = [];

    public BookIntegrity Integrity => _integrity;

    public int OrderCount => _orders.Count;

    public bool EventInProgress { get; private set; }

    public void Apply(in MarketEvent e)
    {
        if (e.Kind != EventKind.Mbo)
        {
            return;
        }

        if ((e.Flags & Flags.Snapshot) != 0)
        {
            if (!_inSnapshot)
            {
                Clear();
            }

            _inSnapshot = true;
        }
        else
        {
            _inSnapshot = false;
        }

        switch ((char)e.Action)
        {
            case 'A':
                if (!ValidSide(e.Side) || e.Price == DbnConstants.UndefPrice)
                {
                    _integrity.Malformed++;
                    break;
                }

                if (_orders.TryGetValue(e.OrderId, out var old))
                {
                    _integrity.DuplicateAdd++;
                    Remove(old);
                }

                Insert(new RefOrder(e.OrderId, (OrderSide)e.Side, e.Price, e.Size));
                break;
            case 'C':
                if (!_orders.TryGetValue(e.OrderId, out var c))
                {
                    _integrity.UnknownOrder++;
                    break;
                }

                if (e.Size > c.Size)
                {
                    _integrity.NegativeSize++;
                    c.Size = 0;
                }
                else
                {
                    c.Size -= e.Size;
                }

                if (c.Size == 0)
                {
                    Remove(c);
                }

                break;
            case 'M':
                if (!_orders.TryGetValue(e.OrderId, out var m))
                {
                    _integrity.UnknownOrder++;
                    if (!ValidSide(e.Side) || e.Price == DbnConstants.UndefPrice)
                    {
                        _integrity.Malformed++;
                    }
                    else
                    {
                        Insert(new RefOrder(e.OrderId, (OrderSide)e.Side, e.Price, e.Size));
                    }

                    break;
                }

                if (e.Price == DbnConstants.UndefPrice)
                {
                    _integrity.Malformed++;
                }
                else if (e.Price != m.Price || e.Size > m.Size)
                {
                    Remove(m);
                    Insert(new RefOrder(m.Id, m.Side, e.Price, e.Size));
                }
                else
                {
                    m.Size = e.Size;
                }

                break;
            case 'R':
                Clear();
                break;
            default:
                break;
        }

        if ((e.Flags & Flags.MaybeBadBook) != 0)
        {
            _suspect = true;
            _integrity.MaybeBadBook++;
        }

        EventInProgress = (e.Flags & Flags.Last) == 0;
        if (!EventInProgress)
        {
            Publish(e.TsEvent);
        }
    }

    public List<DepthLevel> Depth(OrderSide side, int n) =>
        [.. (side == OrderSide.Bid ? _bids : _asks).Take(n).Select(kv => new DepthLevel(kv.Key, kv.Value.Sum(o => (long)o.Size), kv.Value.Count))];

    public QueuePosition? Position(ulong id)
    {
        if (!_orders.TryGetValue(id, out var o))
        {
            return null;
        }

        var queue = (o.Side == OrderSide.Bid ? _bids : _asks)[o.Price];
        var at = queue.IndexOf(o);
        return new QueuePosition(o.Side, o.Price, o.Size, at, queue.Take(at).Sum(x => (long)x.Size), queue.Count, queue.Sum(x => (long)x.Size));
    }

    public IEnumerable<ulong> OrderIds => _orders.Keys;

    private void Publish(ulong tsEvent)
    {
        var bids = Depth(OrderSide.Bid, Math.Max(1, _publishDepth));
        var asks = Depth(OrderSide.Ask, Math.Max(1, _publishDepth));
        var top = new BookTop { TsEvent = tsEvent, BidPx = DbnConstants.UndefPrice, AskPx = DbnConstants.UndefPrice };
        if (bids.Count > 0)
        {
            (top.BidPx, top.BidSz, top.BidCt) = (bids[0].Price, bids[0].Size, bids[0].Count);
        }

        if (asks.Count > 0)
        {
            (top.AskPx, top.AskSz, top.AskCt) = (asks[0].Price, asks[0].Size, asks[0].Count);
        }

        if (bids.Count > 0 && asks.Count > 0 && top.BidPx > top.AskPx)
        {
            _integrity.Crossed++;
        }

        if (bids.Count > 0 && asks.Count > 0 && top.BidPx == top.AskPx)
        {
            _integrity.Locked++;
        }

        top.State = _suspect ? BookState.Suspect
            : bids.Count == 0 && asks.Count == 0 ? BookState.Empty
            : bids.Count == 0 || asks.Count == 0 ? BookState.OneSided
            : top.BidPx > top.AskPx ? BookState.Crossed
            : top.BidPx == top.AskPx ? BookState.Locked
            : BookState.Ok;
        Top = top;
        PublishedBids = [.. bids.Take(_publishDepth)];
        PublishedAsks = [.. asks.Take(_publishDepth)];
    }

    private void Insert(RefOrder o)
    {
        var side = o.Side == OrderSide.Bid ? _bids : _asks;
        if (!side.TryGetValue(o.Price, out var queue))
        {
            side[o.Price] = queue = [];
        }

        queue.Add(o);
        _orders[o.Id] = o;
    }

    private void Remove(RefOrder o)
    {
        var side = o.Side == OrderSide.Bid ? _bids : _asks;
        var queue = side[o.Price];
        queue.Remove(o);
        if (queue.Count == 0)
        {
            side.Remove(o.Price);
        }

        _orders.Remove(o.Id);
    }

    private void Clear()
    {
        _bids.Clear();
        _asks.Clear();
        _orders.Clear();
        _suspect = false;
    }

    private static bool ValidSide(byte side) => side is (byte)'A' or (byte)'B';

    private sealed class RefOrder(ulong id, OrderSide side, long price, uint size)
    {
        public ulong Id { get; } = id;

        public OrderSide Side { get; } = side;

        public long Price { get; } = price;

        public uint Size { get; set; } = size;
    }
}
