using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using NQStream.Cli.Commands;
using NQStream.Market.Instruments;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Pipeline;
using NQStream.Operators.Pressure;
using NQStream.Operators.Signals;
using NQStream.Sinks.Rows;

namespace NQStream.Cli.Replay;

/// <summary>
/// The replay's <see cref="IIfdSink"/>: turns pipeline outputs into store rows (signals; non-empty OFI and flow
/// windows), counts signals in the <c>nqstream_signals_total</c> counter, keeps the best signals for the summary
/// (queue order, §5.6). Observers subscribe to the <see cref="SignalStream"/> wrapped around it.
/// </summary>
internal sealed class StoreIfdSink(Action<SinkRow> emit, Counter<long>? signalCounter, string windowLabel) : IIfdSink
{
    private const int TopKept = 10;
    private readonly List<Signal> _top = [];
    private readonly string _ofiWindow = "ofi_" + windowLabel;
    private readonly string _flowWindow = "flow_" + windowLabel;

    /// <summary>Instrument definitions for the raw symbols of window rows (the pipeline's, read on its thread).</summary>
    public InstrumentRegistry? Registry { get; set; }

    public long SignalCount { get; private set; }

    public long WindowsWritten { get; private set; }

    /// <summary>The highest-ranked signals (queue order), best first.</summary>
    public IReadOnlyList<Signal> Top => _top;

    public void OnSignal(Signal signal, SignalContext context)
    {
        SignalCount++;
        emit(ToRow(signal, context));
        signalCounter?.Add(1,
            new KeyValuePair<string, object?>("priority", SignalNames.Of(signal.Priority)),
            new KeyValuePair<string, object?>("class", SignalNames.Of(signal.Class)),
            new KeyValuePair<string, object?>("underlying", context.UnderlyingSymbol));
        Keep(signal);
    }

    public void OnOfiWindow(uint instrumentId, in OfiWindow window)
    {
        if (window.NTransitions == 0)
        {
            return;
        }

        WindowsWritten++;
        emit(new WindowRow
        {
            Ts = window.EndNs,
            InstrumentId = instrumentId,
            RawSymbol = Symbol(instrumentId),
            Window = _ofiWindow,
            Ofi = window.Ofi,
            Pressure = window.OfiNorm ?? double.NaN,
        });
    }

    public void OnFlowWindow(uint instrumentId, in AggressorImbalanceWindow window)
    {
        if (window.NEvents == 0)
        {
            return;
        }

        WindowsWritten++;
        emit(new WindowRow
        {
            Ts = window.EndNs,
            InstrumentId = instrumentId,
            RawSymbol = Symbol(instrumentId),
            Window = _flowWindow,
            Pressure = window.Ai ?? double.NaN,
            Volume = window.VBuy + window.VSell + window.VUnknown,
            BuyVolume = window.VBuy,
            SellVolume = window.VSell,
        });
    }

    /// <summary>
    /// Per-underlying delta-weighted flow (§4.3) as a <c>windows</c> row: <c>window_len</c> <c>dflow_10s</c> (60s, 5m …),
    /// <c>ofi</c> = net futures-equivalent delta Σ s·q·Δ, <c>pressure</c> = that net over the gross (buy + |sell|), in
    /// [−1, 1], <c>volume</c> = aggressor events.
    /// </summary>
    public void OnUnderlyingWindow(in DeltaFlowWindow window, string underlyingSymbol)
    {
        if (window.NEvents == 0)
        {
            return;
        }

        WindowsWritten++;
        var gross = window.FeBuy - window.FeSell;
        emit(new WindowRow
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

    /// <summary>
    /// An instrument's final §5.4 numbers at a bucket close as a <c>windows</c> row: <c>window_len</c> <c>ratio_30m</c>,
    /// <c>volume</c>/<c>buy_volume</c>/<c>sell_volume</c>, <c>volume_ratio</c> = R, <c>z</c> = robust z, <c>pressure</c> =
    /// the direction z (V_B − V_A)/√n.
    /// </summary>
    public void OnBucketClose(in BucketRatio bucket)
    {
        WindowsWritten++;
        emit(new WindowRow
        {
            Ts = bucket.BucketEnd,
            InstrumentId = bucket.InstrumentId,
            RawSymbol = bucket.RawSymbol,
            Window = "ratio_30m",
            Volume = bucket.Volume,
            BuyVolume = bucket.BuyVolume,
            SellVolume = bucket.SellVolume,
            VolumeRatio = bucket.Ratio ?? double.NaN,
            Z = bucket.ZRob ?? double.NaN,
            Pressure = bucket.Z ?? double.NaN,
        });
    }

    private static string Label(long ns) =>
        ns % 60_000_000_000 == 0 ? $"{ns / 60_000_000_000}m" : ns % 1_000_000_000 == 0 ? $"{ns / 1_000_000_000}s" : $"{ns / 1_000_000}ms";

    public void OnOutcome(in BracketOutcome outcome, string underlyingSymbol) =>
        emit(SignalOutcomeRows.From(in outcome, underlyingSymbol));


    internal static SignalRow ToRow(Signal s, SignalContext context) => new()
    {
        Ts = s.TsEvent,
        SignalId = s.Id,
        Underlying = context.UnderlyingSymbol,
        InstrumentId = s.InstrumentId,
        RawSymbol = s.RawSymbol,
        Kind = SignalNames.Of(s.Kind),
        Direction = SignalNames.Of(s.Direction),
        SignalClass = SignalNames.Of(s.Class),
        Priority = SignalNames.Of(s.Priority),
        Confidence = s.Confidence,
        Score = s.Score,
        ExpectedValue = s.ExpectedValue ?? double.NaN,
        Probability = s.Probability ?? double.NaN,
        Target = s.Target ?? double.NaN,
        Stop = s.Stop ?? double.NaN,
        Size = s.Size ?? 0,
        FeaturesJson = FeaturesJson(s.Features),
        Rationale = s.Rationale,
        ParameterSetId = s.ParameterSetId,
        UnderlyingId = s.UnderlyingId,
        BucketStart = context.BucketStart == long.MinValue ? 0 : context.BucketStart,
        Suspect = context.Suspect,
    };

    private static string FeaturesJson(IReadOnlyList<SignalFeature> features)
    {
        var sb = new StringBuilder(256).Append('{');
        for (var i = 0; i < features.Count; i++)
        {
            sb.Append(i == 0 ? "\"" : ",\"").Append(features[i].Name).Append("\":")
              .Append(features[i].Value.ToString("R", CultureInfo.InvariantCulture));
        }

        return sb.Append('}').ToString();
    }

    private void Keep(Signal signal)
    {
        var at = _top.BinarySearch(signal, SignalQueueOrder.Instance);
        at = at < 0 ? ~at : at;
        if (at < TopKept)
        {
            _top.Insert(at, signal);
            if (_top.Count > TopKept)
            {
                _top.RemoveAt(TopKept);
            }
        }
    }

    private string Symbol(uint id) => Registry is not null && Registry.TryGet(id, out var i) ? i.RawSymbol : id.ToString(CultureInfo.InvariantCulture);
}
