using NQStream.Operators.Signals;

namespace NQStream.Operators.Evaluation;

/// <summary>A signal offered for accuracy scoring with the facts the §6.1 scored-set rules need.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="BucketStart">Start of its ToD bucket (ns).</param>
/// <param name="Suspect">Raised from a <c>SUSPECT</c> book.</param>
/// <param name="ResolvedTs">When its bracket resolved (hit, stop or horizon end), ns.</param>
public sealed record ScoringCandidate(Signal Signal, long BucketStart, bool Suspect, long ResolvedTs);
