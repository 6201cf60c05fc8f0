namespace NQStream.Operators.Signals;

/// <summary>Direction of a signal: the sign of Σ s·q·Δ (§5.5).</summary>
public enum SignalDirection
{
    /// <summary>Net sold delta (selling calls or buying puts).</summary>
    Bearish = -1,

    /// <summary>No net delta; never scored for accuracy.</summary>
    Neutral = 0,

    /// <summary>Net bought delta (buying calls or selling puts).</summary>
    Bullish = 1,
}
