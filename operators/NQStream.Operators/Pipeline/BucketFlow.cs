using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Pipeline;

/// <summary>
/// One instrument's flow inside the current ToD bucket (docs/algorithms.md §5.4–5.6): signed contracts and events,
/// net futures-equivalent delta, premium, whether an institutional event occurred on each side, the last volume
/// ratio, the contract facts at the last event, and the highest (priority, class) already emitted.
/// </summary>
internal sealed class BucketFlow(uint instrumentId, uint underlyingId, string rawSymbol)
{
    public uint InstrumentId { get; } = instrumentId;

    public uint UnderlyingId { get; } = underlyingId;

    public string RawSymbol { get; } = rawSymbol;

    public long BucketStart;
    public long VBuy;
    public long VSell;
    public long VUnknown;
    public long EventsBuy;
    public long EventsSell;
    public double FeNet;
    public double PremiumUsd;
    public double LargestPremium;
    public bool InstitutionalBuy;
    public bool InstitutionalSell;
    public bool HasRatio;
    public VolumeRatioResult Ratio;
    public double? Futures;
    public double? Delta;
    public double? Iv;
    public double? Distance;
    public bool Within;
    public bool Suspect;
    public long LastTs;
    public bool Emitted;
    public SignalPriority EmittedPriority;
    public RatioClass EmittedClass;

    public void Reset(long bucketStart)
    {
        BucketStart = bucketStart;
        VBuy = VSell = VUnknown = EventsBuy = EventsSell = 0;
        FeNet = PremiumUsd = LargestPremium = 0;
        InstitutionalBuy = InstitutionalSell = HasRatio = Emitted = Suspect = false;
        Ratio = default;
        EmittedPriority = SignalPriority.Low;
        EmittedClass = RatioClass.None;
    }

    /// <summary>Whether an institutional event occurred on the side of <paramref name="sign"/>.</summary>
    public bool InstitutionalOn(int sign) => sign > 0 ? InstitutionalBuy : sign < 0 && InstitutionalSell;
}
