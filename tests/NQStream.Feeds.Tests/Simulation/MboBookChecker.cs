using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Feeds.Tests.Simulation;

/// <summary>
/// An independent replay of MBO with the rules of dbn.md §10 that records every violation: a C/M for an
/// order that is not live, an A for a live id, a cancel larger than the order, a side change, a crossed or
/// locked book after an F_LAST, F_LAST missing or misplaced, sequence not +1 per event, ts going backwards,
/// and T quantity not matched by F quantity within an event. Also samples spreads (in ticks) after each F_LAST.
/// </summary>
internal sealed class MboBookChecker
{
    private readonly Dictionary<ulong, (uint Inst, byte Side, long Price, uint Size)> _orders = [];
    private readonly Dictionary<uint, LevelBook> _books = [];
    private readonly Dictionary<uint, uint> _sequence = [];
    private (uint Inst, uint Seq, ulong Ts)? _open;
    private long _eventT;
    private long _eventF;
    private ulong _lastRecv;

    public List<string> Violations { get; } = [];

    public long Events { get; private set; }

    public long CrossChecks { get; private set; }

    public double OptionSpreadTicks { get; private set; }

    public long OptionSpreadSamples { get; private set; }

    public double FutureSpreadTicks { get; private set; }

    public long FutureSpreadSamples { get; private set; }

    public HashSet<uint> Futures { get; } = [];

    public void Apply(in MboMsg m)
    {
        var id = m.Hd.InstrumentId;
        if (m.TsRecv < _lastRecv)
        {
            Fail($"ts_recv goes backwards at order {m.OrderId}");
        }

        if (m.TsRecv < m.Hd.TsEvent)
        {
            Fail($"ts_recv before ts_event at order {m.OrderId}");
        }

        _lastRecv = m.TsRecv;
        if (_open is null)
        {
            var expected = _sequence.TryGetValue(id, out var last) ? last + 1 : 1;
            if (m.Sequence != expected)
            {
                Fail($"instrument {id}: sequence {m.Sequence}, expected {expected}");
            }

            _sequence[id] = m.Sequence;
            _open = (id, m.Sequence, m.Hd.TsEvent);
            _eventT = 0;
            _eventF = 0;
        }
        else if (_open.Value.Inst != id || _open.Value.Seq != m.Sequence || _open.Value.Ts != m.Hd.TsEvent)
        {
            Fail($"instrument {_open.Value.Inst} seq {_open.Value.Seq}: event interleaved or missing F_LAST");
        }

        var book = BookOf(id);
        switch ((char)m.Action)
        {
            case 'A':
                if (!_orders.TryAdd(m.OrderId, (id, m.Side, m.Price, m.Size)))
                {
                    Fail($"add of live order {m.OrderId}");
                }

                book.Add(m.Side, m.Price, m.Size);
                break;
            case 'C':
                if (!_orders.TryGetValue(m.OrderId, out var c) || c.Inst != id)
                {
                    Fail($"cancel of unknown order {m.OrderId}");
                    break;
                }

                if (m.Size > c.Size || c.Price != m.Price || c.Side != m.Side)
                {
                    Fail($"cancel of {m.Size} from order {m.OrderId} with {c.Size} (or price/side differ)");
                }

                book.Add(c.Side, c.Price, -m.Size);
                if (m.Size >= c.Size)
                {
                    _orders.Remove(m.OrderId);
                }
                else
                {
                    _orders[m.OrderId] = c with { Size = c.Size - m.Size };
                }

                break;
            case 'M':
                if (!_orders.TryGetValue(m.OrderId, out var o) || o.Inst != id || o.Side != m.Side)
                {
                    Fail($"modify of unknown order {m.OrderId} (or side change)");
                    break;
                }

                book.Add(o.Side, o.Price, -o.Size);
                book.Add(m.Side, m.Price, m.Size);
                _orders[m.OrderId] = (id, m.Side, m.Price, m.Size);
                break;
            case 'T':
                _eventT += m.Size;
                break;
            case 'F':
                _eventF += m.Size;
                if (!_orders.ContainsKey(m.OrderId))
                {
                    Fail($"fill of unknown order {m.OrderId}");
                }

                break;
            default:
                Fail($"unexpected action {(char)m.Action}");
                break;
        }

        if ((m.Flags & Flags.Last) != 0)
        {
            Events++;
            _open = null;
            if (_eventT != _eventF)
            {
                Fail($"instrument {id}: T quantity {_eventT} != F quantity {_eventF}");
            }

            if (book.TryTop(out var bid, out var ask))
            {
                CrossChecks++;
                if (bid >= ask)
                {
                    Fail($"instrument {id}: book crossed/locked after F_LAST: bid {bid} ask {ask}");
                }
                else if (Futures.Contains(id))
                {
                    FutureSpreadTicks += (ask - bid) / 250_000_000.0;
                    FutureSpreadSamples++;
                }
                else
                {
                    OptionSpreadTicks += OptionTicks(bid, ask);
                    OptionSpreadSamples++;
                }
            }
        }
    }

    /// <summary>Orders still resting (the simulator cancels everything before the close).</summary>
    public int LiveOrders => _orders.Count;

    public bool OpenEvent => _open is not null;

    private static double OptionTicks(long bid, long ask)
    {
        const long five = 5_000_000_000L;
        if (ask <= five)
        {
            return (ask - bid) / 50_000_000.0;
        }

        return bid >= five ? (ask - bid) / 250_000_000.0 : ((five - bid) / 50_000_000.0) + ((ask - five) / 250_000_000.0);
    }

    private LevelBook BookOf(uint id)
    {
        if (!_books.TryGetValue(id, out var b))
        {
            b = new LevelBook();
            _books[id] = b;
        }

        return b;
    }

    private void Fail(string message)
    {
        if (Violations.Count < 20)
        {
            Violations.Add(message);
        }
    }

    private sealed class LevelBook
    {
        private readonly SortedDictionary<long, long> _bids = [];
        private readonly SortedDictionary<long, long> _asks = [];

        public void Add(byte side, long price, long size)
        {
            var levels = side == (byte)'B' ? _bids : _asks;
            levels.TryGetValue(price, out var v);
            v += size;
            if (v == 0)
            {
                levels.Remove(price);
            }
            else
            {
                levels[price] = v;
            }
        }

        public bool TryTop(out long bid, out long ask)
        {
            bid = _bids.Count > 0 ? _bids.Keys.Last() : 0;
            ask = _asks.Count > 0 ? _asks.Keys.First() : 0;
            return _bids.Count > 0 && _asks.Count > 0;
        }
    }
}
