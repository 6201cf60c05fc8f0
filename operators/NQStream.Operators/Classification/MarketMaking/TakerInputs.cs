namespace NQStream.Operators.Classification.MarketMaking;

/// <summary>Raw measurements of one aggressor event for the taker score (§5.7 T1–T7).</summary>
/// <param name="PremiumUsd">20 · Σ p·q of the event.</param>
/// <param name="Levels">Price levels the event crossed (≥ 1).</param>
/// <param name="Quantity">Contracts executed.</param>
/// <param name="TouchSize">Displayed size at the touch hit, before the event; null when the book was missing (T3 = 0).</param>
/// <param name="PackageCount">Other aggressor events on the same underlying, other instruments, within ±50 ms, each ≥ $25,000.</param>
/// <param name="SliceCount">Same-side events in the same instrument in the last 5 min with quantity within ±50 %.</param>
/// <param name="AbsImbalance">|AI| of the instrument over the last 5 min, this event included, in [0, 1].</param>
/// <param name="InQuoteWave">Whether ≥ 20 instruments of the same underlying had A/C/M records within ±1 ms.</param>
public readonly record struct TakerInputs(double PremiumUsd, int Levels, long Quantity, long? TouchSize, int PackageCount, int SliceCount, double AbsImbalance, bool InQuoteWave);
