using System.Collections.Concurrent;
using System.Diagnostics;
using NQStream.Core.Metrics;
using NQStream.Core.Ring;
using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Events;
using NQStream.Operators;
using NQStream.Operators.Book;
using NQStream.Operators.Pressure;
using NQStream.Sinks.Rows;

namespace NQStream.Cli.Replay;

/// <summary>
/// The replay graph's market operator: applies MBO to the L3 books and, per instrument, feeds the
/// published top of book (only after F_LAST) to OFI and aggressor trades to the aggressor imbalance,
/// in event time. Closed windows become <see cref="WindowRow"/>s for the store. One thread owns all of
/// this state, so the output order is fixed by the input order (deterministic).
/// </summary>
internal sealed class MarketFlowOperator(
    long windowNs,
    long[] publishTicks,
    ConcurrentDictionary<uint, string> symbols,
    Action<SinkRow> emit,
    double multiplier) : IValueEventHandler<MarketEvent>
{
    private readonly BookSet _books = new();
    private readonly Dictionary<uint, Flow> _flows = [];
    private readonly int _mask = publishTicks.Length - 1;
    private readonly string _windowLabel = WindowLabel(windowNs);
    private long _maxTs;

    private sealed class Flow(long windowNs)
    {
        public readonly Ofi Ofi = new(windowNs);
        public readonly AggressorImbalance Ai = new(windowNs);
    }

    /// <summary>Ingress (publish) to processed latency, ns.</summary>
    public LogLinearHistogram LatencyNs { get; } = new();

    /// <summary>Events handled.</summary>
    public long Events { get; private set; }

    /// <summary>Aggressor trades seen.</summary>
    public long Trades { get; private set; }

    /// <summary>Windows emitted to the store.</summary>
    public long WindowsEmitted { get; private set; }

    /// <summary>The books (read after the graph has shut down).</summary>
    public BookSet Books => _books;

    public void OnEvent(ref MarketEvent e, long sequence, bool endOfBatch)
    {
        Events++;
        if (e.Kind == EventKind.Mbo)
        {
            var book = _books.Apply(in e)!;
            var ts = (long)e.TsEvent;
            _maxTs = Math.Max(_maxTs, ts);
            if (e.Action == (byte)'T' && e.Size > 0)
            {
                Trades++;
                var sign = e.Side == (byte)'B' ? 1 : e.Side == (byte)'A' ? -1 : 0;
                var premium = e.Price == DbnConstants.UndefPrice ? 0 : e.Price * 1e-9 * e.Size * multiplier;
                var sink = new AiSink(this, e.InstrumentId);
                FlowOf(e.InstrumentId).Ai.OnEvent(ts, sign, e.Size, premium, ref sink);
            }

            if (e.IsLast)
            {
                var top = book.Top;
                var quote = new Quote(
                    top.HasBid ? top.BidPx : DbnConstants.UndefPrice, top.BidSz,
                    top.HasAsk ? top.AskPx : DbnConstants.UndefPrice, top.AskSz);
                var sink = new OfiSink(this, e.InstrumentId);
                FlowOf(e.InstrumentId).Ofi.OnQuote(ts, in quote, ref sink);
            }
        }

        LatencyNs.Record((long)Stopwatch.GetElapsedTime(publishTicks[sequence & _mask]).TotalNanoseconds);
    }

    /// <summary>Closes every open window at the end of the stream (the final watermark).</summary>
    public void OnShutdown()
    {
        var end = _maxTs + windowNs;
        foreach (var id in _flows.Keys.Order())
        {
            var flow = _flows[id];
            var ofi = new OfiSink(this, id);
            flow.Ofi.AdvanceTo(end, ref ofi);
            var ai = new AiSink(this, id);
            flow.Ai.AdvanceTo(end, ref ai);
        }
    }

    private Flow FlowOf(uint id)
    {
        if (!_flows.TryGetValue(id, out var flow))
        {
            flow = new Flow(windowNs);
            _flows.Add(id, flow);
        }

        return flow;
    }

    private string Symbol(uint id) => symbols.TryGetValue(id, out var s) ? s : id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Emit(SinkRow row)
    {
        WindowsEmitted++;
        emit(row);
    }

    private static string WindowLabel(long ns) =>
        ns % 1_000_000_000 == 0 ? $"{ns / 1_000_000_000}s" : $"{ns / 1_000_000}ms";

    // Empty windows (no book transition / no trade) are closed by the operators but not stored.
    private readonly struct OfiSink(MarketFlowOperator owner, uint id) : IOperatorSink<OfiWindow>
    {
        public void Emit(in OfiWindow w)
        {
            if (w.NTransitions == 0)
            {
                return;
            }

            owner.Emit(new WindowRow
        {
            Ts = w.EndNs,
            InstrumentId = id,
            RawSymbol = owner.Symbol(id),
            Window = "ofi_" + owner._windowLabel,
            Ofi = w.Ofi,
            Pressure = w.OfiNorm ?? double.NaN,
        });
        }
    }

    private readonly struct AiSink(MarketFlowOperator owner, uint id) : IOperatorSink<AggressorImbalanceWindow>
    {
        public void Emit(in AggressorImbalanceWindow w)
        {
            if (w.NEvents == 0)
            {
                return;
            }

            owner.Emit(new WindowRow
        {
            Ts = w.EndNs,
            InstrumentId = id,
            RawSymbol = owner.Symbol(id),
            Window = "flow_" + owner._windowLabel,
            Pressure = w.Ai ?? double.NaN,
            Volume = w.VBuy + w.VSell + w.VUnknown,
            BuyVolume = w.VBuy,
            SellVolume = w.VSell,
        });
        }
    }
}
