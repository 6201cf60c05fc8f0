using NQStream.Operators.Evaluation;
using NQStream.Operators.Pipeline;
using NQStream.Operators.Pressure;
using NQStream.Operators.Signals;

namespace NQStream.Cli.Perf;

/// <summary>
/// An <see cref="IIfdSink"/> that keeps nothing but counts and an order-sensitive 64-bit checksum of every output
/// value (all windows, including the empty ones the store skips; every signal field that reaches the store; every
/// outcome). Two runs over the same input must give the same checksum; an optimisation that changes any output
/// changes it. The mix is fixed (no per-process string hashing), so the value is stable across runs and machines.
/// </summary>
internal sealed class OutputChecksum : IIfdSink
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _hash = 0xCBF29CE484222325UL;

    public ulong Value => _hash;

    public long Signals { get; private set; }

    public long OfiWindows { get; private set; }

    public long FlowWindows { get; private set; }

    public long Outcomes { get; private set; }

    /// <summary>Windows the store would write (the non-empty ones).</summary>
    public long StoredWindows { get; private set; }

    public void OnSignal(Signal signal, SignalContext context)
    {
        Signals++;
        Mix(1);
        Mix(signal.Id);
        Mix(signal.TsEvent);
        Mix(signal.InstrumentId);
        Mix((long)signal.Kind);
        Mix((long)signal.Priority);
        Mix(signal.Confidence);
        Mix(signal.Score);
        Mix(signal.ExpectedValue);
        Mix(signal.Size ?? -1);
        Mix(signal.Rationale);
        Mix(context.BucketStart);
    }

    public void OnOfiWindow(uint instrumentId, in OfiWindow window)
    {
        OfiWindows++;
        StoredWindows += window.NTransitions == 0 ? 0 : 1;
        Mix(2);
        Mix(instrumentId);
        Mix(window.EndNs);
        Mix(window.Ofi);
        Mix(window.OfiNorm);
        Mix(window.DepthAvg);
        Mix(window.DMidPts);
        Mix(window.NTransitions);
        Mix(window.NSkipped);
    }

    public void OnFlowWindow(uint instrumentId, in AggressorImbalanceWindow window)
    {
        FlowWindows++;
        StoredWindows += window.NEvents == 0 ? 0 : 1;
        Mix(3);
        Mix(instrumentId);
        Mix(window.EndNs);
        Mix(window.VBuy);
        Mix(window.VSell);
        Mix(window.VUnknown);
        Mix(window.Ai);
        Mix(window.PremBuy);
        Mix(window.PremSell);
        Mix(window.NEvents);
    }

    public void OnOutcome(in BracketOutcome outcome, string underlyingSymbol)
    {
        Outcomes++;
        Mix(4);
        Mix(outcome.SignalId);
        Mix(outcome.ResolvedTs);
        Mix((long)outcome.Resolution);
        Mix(outcome.ResolvedMid);
        Mix(outcome.MaxFavourable);
        Mix(outcome.MaxAdverse);
    }

    public void OnUnderlyingWindow(in DeltaFlowWindow window, string underlyingSymbol)
    {
        StoredWindows += window.NEvents == 0 ? 0 : 1;
        Mix(5);
        Mix(window.Key);
        Mix(window.EndNs);
        Mix(window.FeNet);
        Mix(window.NEvents);
    }

    public void OnBucketClose(in BucketRatio bucket)
    {
        StoredWindows++;
        Mix(6);
        Mix(bucket.InstrumentId);
        Mix(bucket.BucketEnd);
        Mix(bucket.Volume);
        Mix(bucket.Ratio ?? -1);
        Mix(bucket.Z ?? 0);
    }

    // One multiply per value (a byte-wise FNV cost ~100 ns per window: harness overhead in the pipeline's time).
    private void Mix(long value)
    {
        _hash = (_hash ^ (ulong)value) * Golden;
        _hash ^= _hash >> 29;
    }

    private void Mix(double value) => Mix(BitConverter.DoubleToInt64Bits(value));

    private void Mix(double? value) => Mix(value is double v ? BitConverter.DoubleToInt64Bits(v) : long.MinValue);

    private void Mix(string value)
    {
        Mix(value.Length);
        foreach (var c in value)
        {
            Mix(c);
        }
    }
}
