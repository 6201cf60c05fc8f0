namespace NQStream.Operators.Classification.MarketMaking;

/// <summary>Score S = Σ w·x ∈ [0, 1] of one unit with its label and feature values x (7 for a taker, 6 for a maker).</summary>
/// <param name="Unit">Taker or maker.</param>
/// <param name="Score">S.</param>
/// <param name="Label">Label from the cut-offs.</param>
/// <param name="Features">x₁…x₇ (taker) or x₁…x₆ (maker), each in [0, 1].</param>
public sealed record MmScore(MmUnit Unit, double Score, MmLabel Label, IReadOnlyList<double> Features);
