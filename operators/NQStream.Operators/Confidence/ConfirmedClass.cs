using NQStream.Operators.Options;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Confidence;

/// <summary>
/// Confirmed class, direction and confidence (§5.5): class = ratio class if BH-significant, else
/// min(ratio class, MODERATE); direction = sign(Σ s·q·Δ); confidence = 1 − q_value.
/// </summary>
public static class ConfirmedClass
{
    /// <summary>The confirmed class.</summary>
    /// <param name="ratioClass">Raw ratio class (§5.4).</param>
    /// <param name="fdrSignificant">Whether BH found the instrument significant.</param>
    public static RatioClass Of(RatioClass ratioClass, bool fdrSignificant) =>
        fdrSignificant || ratioClass <= RatioClass.Moderate ? ratioClass : RatioClass.Moderate;

    /// <summary>Direction from the bucket's net signed delta Σ s·q·Δ.</summary>
    /// <param name="netDelta">Σ s·q·Δ over the bucket (any unit).</param>
    public static SignalDirection DirectionOf(double netDelta)
    {
        if (double.IsNaN(netDelta))
        {
            throw new ArgumentOutOfRangeException(nameof(netDelta), "net delta is NaN");
        }

        return netDelta > 0 ? SignalDirection.Bullish : netDelta < 0 ? SignalDirection.Bearish : SignalDirection.Neutral;
    }

    /// <summary>Confidence 1 − q_value, clamped to [0, 1].</summary>
    /// <param name="qValue">BH-adjusted value.</param>
    public static double Confidence(double qValue)
    {
        if (double.IsNaN(qValue))
        {
            throw new ArgumentOutOfRangeException(nameof(qValue), "q-value is NaN");
        }

        return Math.Clamp(1 - qValue, 0, 1);
    }
}
