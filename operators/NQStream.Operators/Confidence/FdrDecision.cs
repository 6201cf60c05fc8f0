namespace NQStream.Operators.Confidence;

/// <summary>BH outcome for one family member.</summary>
/// <param name="InstrumentId">Instrument id.</param>
/// <param name="PValue">Direction-test p-value.</param>
/// <param name="QValue">BH-adjusted value.</param>
/// <param name="Significant">Ranked ≤ k*.</param>
/// <param name="Provisional">Decided before the bucket closed (the family may still grow).</param>
public readonly record struct FdrDecision(uint InstrumentId, double PValue, double QValue, bool Significant, bool Provisional);
