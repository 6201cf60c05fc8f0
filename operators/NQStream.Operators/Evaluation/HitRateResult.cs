namespace NQStream.Operators.Evaluation;

/// <summary>Directional hit rate of a scored set (§6.1).</summary>
/// <param name="N">Scored signals (timeouts included under policy miss, left out under exclude).</param>
/// <param name="Hits">Hits.</param>
/// <param name="Timeouts">Timeouts seen (reported under either policy).</param>
/// <param name="Rate">p̂ = hits / n; null when n = 0.</param>
/// <param name="WilsonLower">Wilson lower bound at the configured confidence; null when n = 0.</param>
/// <param name="Pass">L &gt; required accuracy ∧ n ≥ min_n.</param>
public sealed record HitRateResult(long N, long Hits, long Timeouts, double? Rate, double? WilsonLower, bool Pass);
