using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Operators.Book;
using NQStream.Operators.Pressure;

namespace NQStream.Operators.Pipeline;

/// <summary>
/// Per-instrument order-flow pressure of the pipeline (docs/algorithms.md §4.1–4.2): the published top of book after
/// each <c>F_LAST</c> feeds OFI, every aggressor event feeds the aggressor imbalance; closed windows go to the
/// <see cref="IIfdSink"/>. Instruments are closed in id order at the end (deterministic).
/// </summary>
internal sealed class PressureStage(long windowNs, IIfdSink sink)
{
    private readonly Dictionary<uint, Flow> _flows = [];

    /// <summary>One instrument's windows (the pipeline keeps a reference per lane: no lookup per top).</summary>
    internal sealed class Flow(long windowNs)
    {
        public readonly Ofi Ofi = new(windowNs, emitIdleWindows: false);
        public readonly AggressorImbalance Ai = new(windowNs);
    }

    public void OnTop(uint instrumentId, long ts, in BookTop top) => OnTop(FlowOf(instrumentId).Ofi, instrumentId, ts, in top);

    /// <summary>A published top of the instrument whose OFI operator is <paramref name="ofi"/> (<see cref="FlowOf"/>'s).</summary>
    public void OnTop(Ofi ofi, uint instrumentId, long ts, in BookTop top)
    {
        var quote = new Quote(
            top.HasBid ? top.BidPx : DbnConstants.UndefPrice, top.BidSz,
            top.HasAsk ? top.AskPx : DbnConstants.UndefPrice, top.AskSz);
        var s = new OfiSink(sink, instrumentId);
        ofi.OnQuote(ts, in quote, ref s);
    }

    public void OnAggressor(uint instrumentId, long ts, int sign, long quantity, double premiumUsd)
    {
        var s = new AiSink(sink, instrumentId);
        FlowOf(instrumentId).Ai.OnEvent(ts, sign, quantity, premiumUsd, ref s);
    }

    public void Finish(long maxTs)
    {
        var end = maxTs + windowNs;
        var ids = new List<uint>(_flows.Keys);
        ids.Sort();
        foreach (var id in ids)
        {
            var flow = _flows[id];
            var ofi = new OfiSink(sink, id);
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
            flow = new Flow(windowNs);
            _flows.Add(id, flow);
        }

        return flow;
    }

    private readonly struct OfiSink(IIfdSink sink, uint id) : IOperatorSink<OfiWindow>
    {
        public void Emit(in OfiWindow item) => sink.OnOfiWindow(id, in item);
    }

    private readonly struct AiSink(IIfdSink sink, uint id) : IOperatorSink<AggressorImbalanceWindow>
    {
        public void Emit(in AggressorImbalanceWindow item) => sink.OnFlowWindow(id, in item);
    }
}
