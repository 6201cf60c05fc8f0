namespace NQStream.Operators.Decision;

/// <summary>Expected value and acceptance of one bracket (§6.2).</summary>
/// <param name="EvPoints">EV = p·target − (1 − p)·stop in index points; null when p is unknown.</param>
/// <param name="EvUsd">EV per contract in USD (20·EV); null when p is unknown.</param>
/// <param name="Accepted">EV ≥ min_ev ∧ p ≥ min_probability ∧ stop ≤ max_risk, on a valid bracket.</param>
/// <param name="Reasons">Rejection reasons with key=value context, e.g. <c>EV_BELOW_MIN: ev=12.4, min=15</c>; empty when accepted.</param>
public sealed record EvResult(double? EvPoints, double? EvUsd, bool Accepted, IReadOnlyList<string> Reasons);
