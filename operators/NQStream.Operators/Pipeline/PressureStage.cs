using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Operators.Book;
using NQStream.Operators.Pressure;

namespace NQStream.Operators.Pipeline;

/// <summary>
/// Per-instrument order-flow pressure of the pipeline (docs/algorithms.md §4.1–4.2): the published top of book after
/// each <c>F_LAST</c> feeds OFI, every aggressor event feeds the aggressor imbalance; closed windows go to the
/// <see cref="IIfdSink"/> (OFI windows as <see cref="OfiWindowPolicy"/> says). When (<see cref="WindowClose"/>): at the
/// instrument's next record, or also (default) soon after the watermark passes the window's end (<see cref="CloseDue"/>:
/// a queue of pending window ends, one entry per window, drained a few per record), so a quiet instrument's window is not
/// held back for hours and rows reach the store close to time order. The same windows come out either way. Instruments
/// are closed in id order at the end (deterministic).
/// </summary>
internal sealed class PressureStage(long windowNs, IIfdSink sink, OfiWindowPolicy ofiPolicy = OfiWindowPolicy.All, WindowClose close = WindowClose.Watermark)
{
    /// <summary>Trade windows remembered per instrument for <see cref="OfiWindowPolicy.Traded"/>.</summary>
    private const int TradeWindowsKept = 4;

    private readonly Dictionary<uint, Flow> _flows = [];
    private readonly List<Flow> _bySlot = [];
    private readonly WindowDueQueue _due = new(windowNs);

    /// <summary>Window ends waiting for the watermark (always 0 under <see cref="WindowClose.Record"/>).</summary>
    internal int DueCount => _due.Count;

    /// <summary>Per flow slot: the end of its OFI / aggressor window not yet emitted (long.MaxValue: none). Compact and
    /// hot, so a due entry whose window its own records already closed is dropped without touching the (cold) flow.</summary>
    private long[] _ofiPending = new long[256];
    private long[] _aiPending = new long[256];

    /// <summary>One instrument's windows (the pipeline keeps a reference per lane: no lookup per top).</summary>
    internal sealed class Flow(uint id, int slot, long windowNs)
    {
        public readonly uint Id = id;
        public readonly int Slot = slot;

        /// <summary>Latest window end this flow has in the due queue.</summary>
        public long QueuedEnd = long.MinValue;

        public readonly Ofi Ofi = new(windowNs, emitIdleWindows: false);
        public readonly AggressorImbalance Ai = new(windowNs);

        /// <summary>Starts of the last window(s) with an aggressor event (an OFI window closes at most a few trades later).</summary>
        public readonly long[] TradeStarts = [long.MinValue, long.MinValue, long.MinValue, long.MinValue];

        /// <summary>Whether every OFI window is handed over (a future) under <see cref="OfiWindowPolicy.Traded"/>.</summary>
        public bool KeepAllOfi;

        public bool TradedIn(long windowStart)
        {
            foreach (var start in TradeStarts)
            {
                if (start == windowStart)
                {
                    return true;
                }
            }

            return false;
        }

        public void Traded(long ts)
        {
            var bins = Ofi.Windows;
            var start = bins.StartOf(bins.IndexOf(ts));
            if (TradeStarts[0] != start)
            {
                for (var i = TradeWindowsKept - 1; i > 0; i--)
                {
                    TradeStarts[i] = TradeStarts[i - 1];
                }

                TradeStarts[0] = start;
            }
        }
    }

    /// <summary>
    /// A published top of the instrument whose state is <paramref name="flow"/> (<see cref="FlowOf"/>'s);
    /// <paramref name="isFuture"/> keeps all its OFI windows under <see cref="OfiWindowPolicy.Traded"/>.
    /// </summary>
    public void OnTop(Flow flow, uint instrumentId, bool isFuture, long ts, in BookTop top)
    {
        var quote = new Quote(
            top.HasBid ? top.BidPx : DbnConstants.UndefPrice, top.BidSz,
            top.HasAsk ? top.AskPx : DbnConstants.UndefPrice, top.AskSz);
        flow.KeepAllOfi = isFuture;
        var s = OfiSinkOf(flow, instrumentId);
        flow.Ofi.OnQuote(ts, in quote, ref s);
        TrackOfi(flow);
    }

    public void OnAggressor(uint instrumentId, long ts, int sign, long quantity, double premiumUsd)
    {
        var s = new AiSink(sink, instrumentId);
        var flow = FlowOf(instrumentId);
        if (ofiPolicy == OfiWindowPolicy.Traded)
        {
            flow.Traded(ts);
        }

        flow.Ai.OnEvent(ts, sign, quantity, premiumUsd, ref s);
        TrackAi(flow);
    }

    /// <summary>
    /// Emits up to <paramref name="max"/> pending windows that ended at or before <paramref name="watermarkNs"/>, oldest
    /// first. Called per record with a small <paramref name="max"/>, the closes of a window boundary (hundreds of
    /// instruments) spread over the following records instead of stalling one.
    /// </summary>
    public void CloseDue(long watermarkNs, int max)
    {
        if (close == WindowClose.Record)
        {
            return;
        }

        if (_due.OldestEnd <= watermarkNs - windowNs)
        {
            max *= 8; // a backlog (after a gap in the data): catch up faster, so rows stay near time order
        }

        for (var n = 0; n < max && _due.TryTake(watermarkNs, out var slot); n++)
        {
            if (Math.Min(_ofiPending[slot], _aiPending[slot]) > watermarkNs)
            {
                continue; // closed by its own records meanwhile
            }

            var flow = _bySlot[slot];
            var ofi = OfiSinkOf(flow, flow.Id);
            flow.Ofi.CloseDue(watermarkNs, ref ofi);
            var ai = new AiSink(sink, flow.Id);
            flow.Ai.AdvanceTo(watermarkNs, ref ai);
            TrackOfi(flow);
            TrackAi(flow);
        }
    }

    public void Finish(long maxTs)
    {
        var end = maxTs + windowNs;
        var ids = new List<uint>(_flows.Keys);
        ids.Sort();
        foreach (var id in ids)
        {
            var flow = _flows[id];
            var ofi = OfiSinkOf(flow, id);
            flow.Ofi.AdvanceTo(end, ref ofi);
            var ai = new AiSink(sink, id);
            flow.Ai.AdvanceTo(end, ref ai);
        }
    }

    /// <summary>The state of instrument <paramref name="id"/>, created when absent.</summary>
    public Flow FlowOf(uint id)
    {
        if (!_flows.TryGetValue(id, out var flow))
        {
            flow = new Flow(id, _bySlot.Count, windowNs);
            _flows.Add(id, flow);
            _bySlot.Add(flow);
            if (flow.Slot == _ofiPending.Length)
            {
                Array.Resize(ref _ofiPending, _ofiPending.Length * 2);
                Array.Resize(ref _aiPending, _aiPending.Length * 2);
            }

            _ofiPending[flow.Slot] = long.MaxValue;
            _aiPending[flow.Slot] = long.MaxValue;
        }

        return flow;
    }

    /// <summary>Records the flow's pending OFI window end and queues it once (only the OFI state is read: it is hot).</summary>
    private void TrackOfi(Flow flow)
    {
        if (close == WindowClose.Record)
        {
            return;
        }

        var end = flow.Ofi.PendingWindowEnd ?? long.MaxValue;
        _ofiPending[flow.Slot] = end;
        Queue(flow, end);
    }

    /// <summary>Records the flow's pending aggressor window end and queues it once.</summary>
    private void TrackAi(Flow flow)
    {
        if (close == WindowClose.Record)
        {
            return;
        }

        var end = flow.Ai.PendingWindowEnd ?? long.MaxValue;
        _aiPending[flow.Slot] = end;
        Queue(flow, end);
    }

    private void Queue(Flow flow, long end)
    {
        if (end != long.MaxValue && end > flow.QueuedEnd)
        {
            flow.QueuedEnd = end;
            _due.Enqueue(flow.Slot, end);
        }
    }

    private OfiSink OfiSinkOf(Flow flow, uint id) =>
        new(sink, id, ofiPolicy == OfiWindowPolicy.Traded && !flow.KeepAllOfi ? flow : null);

    /// <summary>Hands OFI windows over; with a <paramref name="tradedOnly"/> flow, only windows in which it traded.</summary>
    private readonly struct OfiSink(IIfdSink sink, uint id, Flow? tradedOnly) : IOperatorSink<OfiWindow>
    {
        public void Emit(in OfiWindow item)
        {
            if (tradedOnly is null || tradedOnly.TradedIn(item.StartNs))
            {
                sink.OnOfiWindow(id, in item);
            }
        }
    }

    private readonly struct AiSink(IIfdSink sink, uint id) : IOperatorSink<AggressorImbalanceWindow>
    {
        public void Emit(in AggressorImbalanceWindow item) => sink.OnFlowWindow(id, in item);
    }
}
