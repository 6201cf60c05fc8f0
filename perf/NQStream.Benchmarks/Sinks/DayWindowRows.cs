using System.Globalization;
using NQStream.Benchmarks.Simulation;
using NQStream.Market.Instruments;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Pipeline;
using NQStream.Operators.Pressure;
using NQStream.Operators.Signals;
using NQStream.Sinks.Rows;

namespace NQStream.Benchmarks.Sinks;

/// <summary>
/// The <c>windows</c> rows a replay stores for a simulated day, in the order the replay hands them to the store: the
/// day runs through the whole <see cref="IfdPipeline"/> and every non-empty OFI, flow and delta-flow window becomes a
/// <see cref="WindowRow"/> the way the replay's sink builds it (labels <c>ofi_10s</c>, <c>flow_10s</c>,
/// <c>dflow_…</c>; the raw symbol from the registry). Realistic for the store: ~6,000 instruments, and a quiet
/// instrument's window is closed late, so the keys of one 4,096-row batch span hours of the index.
/// </summary>
internal static class DayWindowRows
{
    public static List<WindowRow> Build(ulong seed, long eventsPerDay)
    {
        var (events, definitions) = SimulatedDay.Load(seed, eventsPerDay);
        var sink = new RowSink();
        var pipeline = new IfdPipeline(new OperatorsOptions(), null, sink);
        sink.Registry = pipeline.Registry;
        foreach (var instrument in definitions)
        {
            pipeline.OnDefinition(instrument);
        }

        foreach (var e in events)
        {
            pipeline.OnEvent(in e);
        }

        pipeline.Finish();
        return sink.Rows;
    }

    private sealed class RowSink : IIfdSink
    {
        public List<WindowRow> Rows { get; } = [];

        public InstrumentRegistry? Registry { get; set; }

        public void OnOfiWindow(uint instrumentId, in OfiWindow window)
        {
            if (window.NTransitions > 0)
            {
                Rows.Add(new WindowRow
                {
                    Ts = window.EndNs,
                    InstrumentId = instrumentId,
                    RawSymbol = Symbol(instrumentId),
                    Window = "ofi_10s",
                    Ofi = window.Ofi,
                    Pressure = window.OfiNorm ?? double.NaN,
                });
            }
        }

        public void OnFlowWindow(uint instrumentId, in AggressorImbalanceWindow window)
        {
            if (window.NEvents > 0)
            {
                Rows.Add(new WindowRow
                {
                    Ts = window.EndNs,
                    InstrumentId = instrumentId,
                    RawSymbol = Symbol(instrumentId),
                    Window = "flow_10s",
                    Pressure = window.Ai ?? double.NaN,
                    Volume = window.VBuy + window.VSell + window.VUnknown,
                    BuyVolume = window.VBuy,
                    SellVolume = window.VSell,
                });
            }
        }

        public void OnUnderlyingWindow(in DeltaFlowWindow window, string underlyingSymbol)
        {
            if (window.NEvents > 0)
            {
                var gross = window.FeBuy - window.FeSell;
                Rows.Add(new WindowRow
                {
                    Ts = window.EndNs,
                    InstrumentId = window.Key,
                    RawSymbol = underlyingSymbol,
                    Window = "dflow_" + Label(window.EndNs - window.StartNs),
                    Ofi = window.FeNet,
                    Pressure = gross > 0 ? window.FeNet / gross : double.NaN,
                    Volume = window.NEvents,
                });
            }
        }

        public void OnSignal(Signal signal, SignalContext context)
        {
        }

        public void OnBucketClose(in BucketRatio bucket)
        {
        }

        public void OnOutcome(in BracketOutcome outcome, string underlyingSymbol)
        {
        }

        private static string Label(long ns) => ns % 60_000_000_000 == 0
            ? (ns / 60_000_000_000).ToString(CultureInfo.InvariantCulture) + "m"
            : (ns / 1_000_000_000).ToString(CultureInfo.InvariantCulture) + "s";

        private string Symbol(uint id) => Registry is not null && Registry.TryGet(id, out var i) ? i.RawSymbol : id.ToString(CultureInfo.InvariantCulture);
    }
}
