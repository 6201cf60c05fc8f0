namespace NQStream.Operators.Risk;

/// <summary>Max pain of one expiry (algorithms.md §7.3).</summary>
/// <param name="ExpirationNs">The expiry (UNIX ns), null when the source does not know it.</param>
/// <param name="Strike">The settlement strike X that minimises the total payout to option holders.</param>
/// <param name="PainPoints">Σ_K OI_c·max(X − K, 0) + OI_p·max(K − X, 0) at that strike, in point·contracts.</param>
/// <param name="PainUsd">PainPoints × M.</param>
public sealed record MaxPainLevel(long? ExpirationNs, double Strike, double PainPoints, double PainUsd);
