namespace NQStream.Operators.Decision;

/// <summary>Quality score Q and its components (§6.2).</summary>
/// <param name="Quality">Q = Σ w_j·x_j.</param>
/// <param name="Components">x for flow strength, confidence, EV, reward/risk, zone alignment, in that order.</param>
/// <param name="QualitySetup">accepted ∧ Q ≥ quality_min.</param>
public sealed record QualityResult(double Quality, IReadOnlyList<double> Components, bool QualitySetup);
