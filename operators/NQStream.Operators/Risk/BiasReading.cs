namespace NQStream.Operators.Risk;

/// <summary>Positioning bias over one window (algorithms.md §7.5).</summary>
/// <param name="BPremium">(bullish − bearish)/(bullish + bearish) premium, null with no events.</param>
/// <param name="BDelta">The same with q·|Δ|·M, null when no event carried a delta.</param>
/// <param name="Events">Institutional events counted.</param>
/// <param name="PremiumTotal">Σ premium of those events ($).</param>
/// <param name="Label">BULLISH (B ≥ threshold), BEARISH (B ≤ −threshold) or NEUTRAL.</param>
public sealed record BiasReading(double? BPremium, double? BDelta, int Events, double PremiumTotal, BiasLabel Label);
