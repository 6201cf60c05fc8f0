using NQStream.Market;
using NQStream.Market.Book;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Operators.Options;

namespace NQStream.Operators.Aggressor;

/// <summary>
/// Aggressor event builder (docs/algorithms.md §2.4): folds the <c>T</c> records of one instrument's exchange event,
/// and the passive <c>F</c> fills that follow them, into one <see cref="AggressorEvent"/>, emitted when the record
/// carrying <c>F_LAST</c> for that instrument arrives (the last <c>T</c> itself or a later <c>F</c>/<c>C</c>/<c>M</c>).
/// </summary>
/// <remarks>
/// <para>Runs are kept per instrument, so records of other instruments may interleave inside one venue packet. State
/// grows only when a new instrument is first seen; per record nothing is allocated.</para>
/// <para>Levels: a new level is counted when a print lies outside [min, max] of the run so far. A price-time matching
/// engine fills an aggressor monotonically through the book, so this equals the count of distinct prices without
/// storing them.</para>
/// <para>Edge cases (§2.4): a <c>T</c> with the other side inside a run closes the run and starts a new one
/// (<see cref="MixedSideSplits"/>); size 0 is ignored (<see cref="ZeroSizePrints"/>); an option print at a price ≤ 0
/// is dropped (<see cref="NonPositivePricePrints"/>); a record of the instrument with a later <c>ts_event</c> closes a
/// run whose <c>F_LAST</c> never came (<see cref="MissingFLast"/>). Side <c>N</c> events are built with s = 0 and
/// counted (<see cref="UnknownSideEvents"/>).</para>
/// </remarks>
public sealed class AggressorEventBuilder
{
    private readonly Dictionary<uint, int> _slots = [];
    private readonly InstrumentRegistry? _registry;
    private readonly double _defaultMultiplier;
    private readonly int _maxPassiveIds;
    private PendingRun[] _runs = new PendingRun[16];
    private uint[] _ids = new uint[16];
    private ulong[] _passiveIds;
    private int _count;
    private int _emittingSlot = -1;
    private int _lastSlot = -1;

    /// <summary>Creates the builder.</summary>
    /// <param name="options">Configured parameters (<c>max_passive_ids</c>).</param>
    /// <param name="registry">Instruments: option flag and multiplier; without it every instrument uses the product default multiplier and counts as an option.</param>
    /// <param name="facts">Product defaults (multiplier when a definition has none); <see cref="ContractFacts.Nq"/> when null.</param>
    public AggressorEventBuilder(AggressorOptions options, InstrumentRegistry? registry = null, ContractFacts? facts = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxPassiveIds);
        _registry = registry;
        _defaultMultiplier = (facts ?? registry?.Facts ?? ContractFacts.Nq).Multiplier;
        _maxPassiveIds = options.MaxPassiveIds;
        _passiveIds = new ulong[16 * _maxPassiveIds];
    }

    /// <summary>Aggressor events emitted.</summary>
    public long Events { get; private set; }

    /// <summary>Events with side <c>N</c> (s = 0): counted in volume, excluded from signed measures.</summary>
    public long UnknownSideEvents { get; private set; }

    /// <summary>Runs split because a <c>T</c> of the other side arrived inside the same event.</summary>
    public long MixedSideSplits { get; private set; }

    /// <summary><c>T</c> records with size 0 (ignored).</summary>
    public long ZeroSizePrints { get; private set; }

    /// <summary>Option <c>T</c> records with price ≤ 0 or undefined (dropped).</summary>
    public long NonPositivePricePrints { get; private set; }

    /// <summary>Runs closed without their <c>F_LAST</c> record.</summary>
    public long MissingFLast { get; private set; }

    /// <summary>
    /// Passive order ids of the event being emitted (valid inside <see cref="IOperatorSink{T}.Emit"/> only, in the order
    /// of the <c>F</c> records, at most <c>max_passive_ids</c>); empty outside an emission.
    /// </summary>
    public ReadOnlySpan<ulong> CurrentPassiveOrderIds =>
        _emittingSlot < 0 ? default : _passiveIds.AsSpan(_emittingSlot * _maxPassiveIds, _runs[_emittingSlot].PassiveIdsKept);

    /// <summary>Applies one normalized record (all MBO actions; other kinds are ignored).</summary>
    /// <param name="e">The record.</param>
    /// <param name="bookTop">
    /// The instrument's published top when the record arrives (<see cref="OrderBook.Top"/>); it only changes at
    /// <c>F_LAST</c>, so at the first <c>T</c> of a run it is the state before the event. Pass <c>default</c> without a book.
    /// </param>
    /// <param name="sink">Receives the finished events.</param>
    public void OnRecord<TSink>(in MarketEvent e, in BookTop bookTop, ref TSink sink)
        where TSink : IOperatorSink<AggressorEvent>
    {
        if (e.Kind != EventKind.Mbo)
        {
            return;
        }

        OnRecord(SlotOf(e.InstrumentId), in e, in bookTop, ref sink);
    }

    /// <summary>
    /// Applies one MBO record of the instrument whose slot is <paramref name="slot"/> (from <see cref="SlotOf"/>): the
    /// same as <see cref="OnRecord{TSink}(in MarketEvent, in BookTop, ref TSink)"/> without the instrument lookup, for
    /// callers that keep the slot per instrument.
    /// </summary>
    /// <param name="slot">The record's instrument slot.</param>
    /// <param name="e">The record (an MBO record).</param>
    /// <param name="bookTop">The instrument's published top when the record arrives.</param>
    /// <param name="sink">Receives the finished events.</param>
    public void OnRecord<TSink>(int slot, in MarketEvent e, in BookTop bookTop, ref TSink sink)
        where TSink : IOperatorSink<AggressorEvent>
    {
        ref var run = ref _runs[slot];
        if (run.Active && (long)e.TsEvent != run.TsEvent)
        {
            MissingFLast++;
            Emit(slot, missingLast: true, ref sink);
        }

        if (e.Action == (byte)'T')
        {
            AddPrint(slot, in e, in bookTop, ref sink);
        }
        else if (e.Action == (byte)'F' && run.Active)
        {
            AddFill(slot, in e);
        }

        if (e.IsLast && _runs[slot].Active)
        {
            Emit(slot, missingLast: false, ref sink);
        }
    }

    /// <summary>Closes every open run (end of stream); they count as missing <c>F_LAST</c>.</summary>
    public void Flush<TSink>(ref TSink sink)
        where TSink : IOperatorSink<AggressorEvent>
    {
        for (var slot = 0; slot < _count; slot++)
        {
            if (_runs[slot].Active)
            {
                MissingFLast++;
                Emit(slot, missingLast: true, ref sink);
            }
        }
    }

    private void AddPrint<TSink>(int slot, in MarketEvent e, in BookTop bookTop, ref TSink sink)
        where TSink : IOperatorSink<AggressorEvent>
    {
        if (e.Size == 0)
        {
            ZeroSizePrints++;
            return;
        }

        ref var run = ref _runs[slot];
        if (run.Active && run.Side != e.Side)
        {
            MixedSideSplits++;
            Emit(slot, missingLast: false, ref sink);
        }

        if (!run.Active)
        {
            Start(ref run, in e, in bookTop);
        }

        if (e.Price == Market.Dbn.DbnConstants.UndefPrice || (run.IsOption && e.Price <= 0))
        {
            NonPositivePricePrints++;
            if (run.Prints == 0)
            {
                run.Active = false;
            }

            return;
        }

        var px = e.Price;
        if (run.Prints == 0)
        {
            run.PxFirst = run.PxMin = run.PxMax = px;
            run.Levels = 1;
        }
        else if (px > run.PxMax)
        {
            run.PxMax = px;
            run.Levels++;
        }
        else if (px < run.PxMin)
        {
            run.PxMin = px;
            run.Levels++;
        }

        run.PxLast = px;
        run.Prints++;
        run.Quantity += e.Size;
        run.NotionalPts += FixedPoint.ToPointsUnchecked(px) * e.Size;
    }

    private void Start(ref PendingRun run, in MarketEvent e, in BookTop bookTop)
    {
        run = default;
        run.Active = true;
        run.PublisherId = e.PublisherId;
        run.TsEvent = (long)e.TsEvent;
        run.FirstSequence = e.Sequence;
        run.Side = e.Side;
        run.PreTop = bookTop;
        run.Multiplier = _defaultMultiplier;
        run.IsOption = true;
        if (_registry is not null && _registry.TryGet(e.InstrumentId, out var instrument))
        {
            run.IsOption = instrument.IsOption;
            run.Multiplier = instrument.Multiplier ?? _defaultMultiplier;
        }
    }

    private void AddFill(int slot, in MarketEvent e)
    {
        ref var run = ref _runs[slot];
        run.PassiveOrders++;
        run.PassiveFillQty += e.Size;
        if (run.PassiveIdsKept < _maxPassiveIds)
        {
            _passiveIds[(slot * _maxPassiveIds) + run.PassiveIdsKept] = e.OrderId;
            run.PassiveIdsKept++;
        }
    }

    private void Emit<TSink>(int slot, bool missingLast, ref TSink sink)
        where TSink : IOperatorSink<AggressorEvent>
    {
        ref var run = ref _runs[slot];
        run.Active = false;
        if (run.Prints == 0)
        {
            return;
        }

        var sign = run.Side switch
        {
            (byte)'B' => 1,
            (byte)'A' => -1,
            _ => 0,
        };
        if (sign == 0)
        {
            UnknownSideEvents++;
        }

        Events++;
        ref readonly var top = ref run.PreTop;
        var ev = new AggressorEvent
        {
            InstrumentId = _ids[slot],
            PublisherId = run.PublisherId,
            TsEvent = run.TsEvent,
            FirstSequence = run.FirstSequence,
            Side = run.Side,
            Sign = sign,
            Quantity = run.Quantity,
            Prints = run.Prints,
            PxFirst = FixedPoint.ToPointsUnchecked(run.PxFirst),
            PxLast = FixedPoint.ToPointsUnchecked(run.PxLast),
            PxMin = FixedPoint.ToPointsUnchecked(run.PxMin),
            PxMax = FixedPoint.ToPointsUnchecked(run.PxMax),
            NotionalPts = run.NotionalPts,
            Levels = run.Levels,
            Multiplier = run.Multiplier,
            IsOption = run.IsOption,
            PassiveOrders = run.PassiveOrders,
            PassiveFillQty = run.PassiveFillQty,
            PassiveIdsKept = run.PassiveIdsKept,
            MissingLast = missingLast,
            PreState = top.State,
            PreBidPx = top.HasBid ? FixedPoint.ToPointsUnchecked(top.BidPx) : null,
            PreBidSz = top.HasBid ? top.BidSz : 0,
            PreAskPx = top.HasAsk ? FixedPoint.ToPointsUnchecked(top.AskPx) : null,
            PreAskSz = top.HasAsk ? top.AskSz : 0,
        };
        _emittingSlot = slot;
        try
        {
            sink.Emit(in ev);
        }
        finally
        {
            _emittingSlot = -1;
        }
    }

    /// <summary>The builder's slot of <paramref name="instrumentId"/> (created at first use, stable afterwards).</summary>
    /// <param name="instrumentId">Instrument id.</param>
    public int SlotOf(uint instrumentId)
    {
        // The records of one venue event share their instrument: most lookups hit the previous one.
        if (_lastSlot >= 0 && _ids[_lastSlot] == instrumentId)
        {
            return _lastSlot;
        }

        if (_slots.TryGetValue(instrumentId, out var slot))
        {
            _lastSlot = slot;
            return slot;
        }

        if (_count == _runs.Length)
        {
            Array.Resize(ref _runs, _count * 2);
            Array.Resize(ref _ids, _count * 2);
            Array.Resize(ref _passiveIds, _count * 2 * _maxPassiveIds);
        }

        slot = _count++;
        _ids[slot] = instrumentId;
        _slots.Add(instrumentId, slot);
        _lastSlot = slot;
        return slot;
    }
}
