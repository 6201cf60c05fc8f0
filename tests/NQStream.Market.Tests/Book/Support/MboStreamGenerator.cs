using NQStream.Market.Dbn;
using NQStream.Market.Events;

namespace NQStream.Market.Tests.Book.Support;

/// <summary>
/// Deterministic random MBO streams for one instrument: adds, cancels, modifies and trade events
/// (T, F, then the C/M that removes the filled size) near the touch, each venue event closed by
/// <c>F_LAST</c>. With <see cref="Chaos"/> &gt; 0 it also emits what real feeds get wrong or rarely do:
/// unknown ids, oversized cancels, duplicate adds, crossing adds, modifies that change side, undefined
/// prices, side <c>N</c>, clears, snapshots (with and without <c>R</c>), <c>F_MAYBE_BAD_BOOK</c>,
/// multi-record events and <c>N</c> records. Also linked into perf/NQStream.Benchmarks.
/// </summary>
public sealed class MboStreamGenerator
{
    private const long Tick = 250_000_000; // 0.25 index points
    private const long Base = 21_000L * 1_000_000_000;
    private const uint Instrument = 42_005_347;

    private readonly Random _rng;
    private readonly List<Live> _live = [];
    private readonly Dictionary<ulong, int> _at = [];
    private readonly List<MarketEvent> _out;
    private ulong _nextId = 1_000_000;
    private ulong _ts = 1_609_160_400_000_000_000;
    private uint _sequence = 1;
    private long _mid;

    public MboStreamGenerator(int seed, List<MarketEvent> output)
    {
        _rng = new Random(seed);
        _out = output;
    }

    /// <summary>Probability that an event is one of the unusual or invalid kinds (0 = a clean stream).</summary>
    public double Chaos { get; init; }

    /// <summary>Resting orders the generator steers towards.</summary>
    public int TargetOrders { get; init; } = 40;

    /// <summary>Geometric parameter of the distance from the touch in ticks (higher = tighter).</summary>
    public double Tightness { get; init; } = 0.45;

    /// <summary>Generates one stream of <paramref name="events"/> venue events (starting with a clear).</summary>
    public static List<MarketEvent> Generate(int seed, int events, double chaos, int targetOrders = 40)
    {
        var list = new List<MarketEvent>(events * 2);
        var g = new MboStreamGenerator(seed, list) { Chaos = chaos, TargetOrders = targetOrders };
        g.Emit('R', 0, 'N', DbnConstants.UndefPrice, 0, Flags.Last);
        for (var i = 0; i < events; i++)
        {
            g.NextEvent();
        }

        return list;
    }

    public void NextEvent()
    {
        _ts += (ulong)_rng.Next(1, 50_000);
        _sequence++;
        if (_rng.NextDouble() < 0.01)
        {
            _mid += _rng.Next(2) == 0 ? -1 : 1;
        }

        if (Chaos > 0 && _rng.NextDouble() < Chaos)
        {
            ChaosEvent();
            return;
        }

        var crowd = _live.Count / (double)TargetOrders;
        var r = _rng.NextDouble();
        if (_live.Count == 0 || r < 0.45 / Math.Max(0.5, crowd))
        {
            AddOrder(Flags.Last);
        }
        else if (r < 0.80)
        {
            CancelOrder();
        }
        else if (r < 0.90)
        {
            ModifyOrder();
        }
        else
        {
            TradeEvent();
        }
    }

    private void AddOrder(byte flags)
    {
        var bid = _rng.Next(2) == 0;
        var distance = Geometric();
        var ticks = bid ? _mid - distance : _mid + 1 + distance;
        var size = (uint)_rng.Next(1, 20);
        var id = _nextId++;
        Emit('A', id, bid ? 'B' : 'A', Base + ticks * Tick, size, flags);
        Track(new Live(id, bid, ticks, size));
    }

    private void CancelOrder()
    {
        var i = Pick();
        var o = _live[i];
        var partial = o.Size > 1 && _rng.NextDouble() < 0.2;
        var size = partial ? (uint)_rng.Next(1, (int)o.Size) : o.Size;
        Emit('C', o.Id, o.Bid ? 'B' : 'A', Base + o.Ticks * Tick, size, Flags.Last);
        if (partial)
        {
            _live[i] = o with { Size = o.Size - size };
        }
        else
        {
            Untrack(i);
        }
    }

    private void ModifyOrder()
    {
        var i = Pick();
        var o = _live[i];
        var r = _rng.NextDouble();
        var ticks = r < 0.3 ? o.Ticks + (o.Bid ? -1 : 1) * (_rng.Next(2) == 0 ? -1 : 1) : o.Ticks;
        var size = r < 0.3 ? o.Size : r < 0.7 ? (uint)Math.Max(1, (int)o.Size - _rng.Next(0, (int)o.Size)) : o.Size + (uint)_rng.Next(1, 10);
        Emit('M', o.Id, o.Bid ? 'B' : 'A', Base + ticks * Tick, size, Flags.Last);
        _live[i] = o with { Ticks = ticks, Size = size };
    }

    /// <summary>An aggressor hits the best resting order on one side (sometimes two): T, F per fill, then C/M.</summary>
    private void TradeEvent()
    {
        var hitBids = _rng.Next(2) == 0;
        var fills = _rng.NextDouble() < 0.2 ? 2 : 1;
        var records = new List<(char Action, Live O, uint Qty)>();
        for (var f = 0; f < fills; f++)
        {
            var best = -1;
            for (var i = 0; i < _live.Count; i++)
            {
                var o = _live[i];
                if (o.Bid == hitBids && (best < 0 || (hitBids ? o.Ticks > _live[best].Ticks : o.Ticks < _live[best].Ticks)))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            var target = _live[best];
            var qty = (uint)_rng.Next(1, (int)target.Size + 1);
            Emit('T', 0, hitBids ? 'A' : 'B', Base + target.Ticks * Tick, qty, 0);
            Emit('F', target.Id, hitBids ? 'B' : 'A', Base + target.Ticks * Tick, qty, 0);
            if (qty == target.Size)
            {
                records.Add(('C', target, qty));
                Untrack(best);
            }
            else
            {
                records.Add(('M', target, qty));
                _live[best] = target with { Size = target.Size - qty };
            }
        }

        if (records.Count == 0)
        {
            Emit('N', 0, 'N', DbnConstants.UndefPrice, 0, Flags.Last);
            return;
        }

        for (var k = 0; k < records.Count; k++)
        {
            var (action, o, qty) = records[k];
            var flags = k == records.Count - 1 ? Flags.Last : (byte)0;
            Emit(action, o.Id, o.Bid ? 'B' : 'A', Base + o.Ticks * Tick, action == 'C' ? qty : o.Size - qty, flags);
        }
    }

    private void ChaosEvent()
    {
        var px = Base + (_mid + _rng.Next(-3, 4)) * Tick;
        switch (_rng.Next(14))
        {
            case 0:
                Emit('C', _nextId + 1_000_000, 'B', px, 1, Flags.Last); // unknown id
                break;
            case 1 when _live.Count > 0:
                var o = _live[Pick()];
                Emit('C', o.Id, o.Bid ? 'B' : 'A', Base + o.Ticks * Tick, o.Size + (uint)_rng.Next(1, 5), Flags.Last); // too large
                Untrack(_at[o.Id]);
                break;
            case 2 when _live.Count > 0:
                var d = _live[Pick()];
                Emit('A', d.Id, d.Bid ? 'B' : 'A', px, 3, Flags.Last); // duplicate add: replaces
                _live[_at[d.Id]] = d with { Ticks = (px - Base) / Tick, Size = 3 };
                break;
            case 3:
                var crossingBid = _rng.Next(2) == 0;
                var id = _nextId++;
                var ticks = crossingBid ? _mid + 1 + _rng.Next(0, 3) : _mid - _rng.Next(0, 3);
                Emit('A', id, crossingBid ? 'B' : 'A', Base + ticks * Tick, 2, Flags.Last);
                Track(new Live(id, crossingBid, ticks, 2));
                break;
            case 4:
                var mid = _nextId++;
                Emit('M', mid, 'A', px, 4, Flags.Last); // unknown id: becomes an add
                Track(new Live(mid, false, (px - Base) / Tick, 4));
                break;
            case 5 when _live.Count > 0:
                var s = _live[Pick()];
                Emit('M', s.Id, s.Bid ? 'A' : 'B', Base + s.Ticks * Tick, s.Size, Flags.Last); // side change ignored
                break;
            case 6:
                Emit(_rng.Next(2) == 0 ? 'A' : 'M', _nextId++, 'B', DbnConstants.UndefPrice, 1, Flags.Last);
                break;
            case 7:
                Emit('A', _nextId++, 'N', px, 1, Flags.Last);
                break;
            case 8:
                Emit('R', 0, 'N', DbnConstants.UndefPrice, 0, Flags.Last);
                ClearTracked();
                break;
            case 9:
                Snapshot(withClear: _rng.Next(2) == 0);
                break;
            case 10:
                AddOrder(Flags.Last | Flags.MaybeBadBook);
                break;
            case 11:
                var n = _rng.Next(2, 5);
                for (var k = 0; k < n; k++)
                {
                    AddOrder(k == n - 1 ? Flags.Last : (byte)0);
                }

                break;
            case 12:
                Emit('N', 0, 'N', DbnConstants.UndefPrice, 0, Flags.Last);
                break;
            default:
                AddOrder(0); // an event left open: the next event closes it
                break;
        }
    }

    private void Snapshot(bool withClear)
    {
        const byte snap = Flags.Snapshot | Flags.BadTsRecv;
        if (withClear)
        {
            Emit('R', 0, 'N', DbnConstants.UndefPrice, 0, snap);
        }

        var keep = _live.Where(_ => _rng.Next(3) > 0).ToList();
        ClearTracked();
        if (keep.Count == 0)
        {
            Emit('R', 0, 'N', DbnConstants.UndefPrice, 0, snap | Flags.Last);
            return;
        }

        for (var k = 0; k < keep.Count; k++)
        {
            var o = keep[k];
            Emit('A', o.Id, o.Bid ? 'B' : 'A', Base + o.Ticks * Tick, o.Size, (byte)(k == keep.Count - 1 ? snap | Flags.Last : snap));
            Track(o);
        }
    }

    private int Pick()
    {
        // Most cancels and modifies hit recent orders (near the touch), some hit old ones.
        var n = _live.Count;
        return _rng.NextDouble() < 0.6 ? n - 1 - _rng.Next(Math.Min(n, 16)) : _rng.Next(n);
    }

    private long Geometric()
    {
        long k = 0;
        while (k < 40 && _rng.NextDouble() > Tightness)
        {
            k++;
        }

        return k;
    }

    private void Track(Live o)
    {
        _at[o.Id] = _live.Count;
        _live.Add(o);
    }

    private void Untrack(int i)
    {
        var last = _live[^1];
        _at.Remove(_live[i].Id);
        if (i != _live.Count - 1)
        {
            _live[i] = last;
            _at[last.Id] = i;
        }

        _live.RemoveAt(_live.Count - 1);
    }

    private void ClearTracked()
    {
        _live.Clear();
        _at.Clear();
    }

    private void Emit(char action, ulong id, char side, long price, uint size, byte flags) => _out.Add(new MarketEvent
    {
        Kind = EventKind.Mbo,
        TsEvent = _ts,
        TsRecv = _ts + 500,
        OrderId = id,
        Price = price,
        Size = size,
        InstrumentId = Instrument,
        PublisherId = 1,
        Sequence = _sequence,
        Action = (byte)action,
        Side = (byte)side,
        Flags = flags,
    });

    private readonly record struct Live(ulong Id, bool Bid, long Ticks, uint Size);
}
