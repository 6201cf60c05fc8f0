using NQStream.Operators.Signals;

namespace NQStream.Operators.Evaluation.Ceiling;

/// <summary>
/// Counts and hit rate of one group of oracle brackets. Every label of the group is in exactly one of
/// <see cref="NoDirection"/>, <see cref="NoMid"/>, <see cref="Deduplicated"/>, <see cref="Unresolved"/>,
/// <see cref="Hits"/>, <see cref="Misses"/>, <see cref="Timeouts"/>.
/// </summary>
/// <param name="Group">Grouping.</param>
/// <param name="Kind">Label kind; null for pooled groups.</param>
/// <param name="Informed">Informed labels (true) or uninformed ones (false).</param>
/// <param name="Start">t₀ of the brackets.</param>
/// <param name="Labels">Labels in the group.</param>
/// <param name="NoDirection">Delta 0: not signalled.</param>
/// <param name="NoMid">No valid mid of the underlying at t₀: not scored.</param>
/// <param name="Deduplicated">Dropped by the de-duplication rule (0 outside the dedup groups).</param>
/// <param name="Unresolved">Data ended before the horizon: not scored.</param>
/// <param name="Hits">Hits.</param>
/// <param name="Misses">Stops (and both-crossed).</param>
/// <param name="Timeouts">Timeouts.</param>
/// <param name="Result">n, hit rate and Wilson lower bound under the configured timeout policy and confidence.</param>
public sealed record CeilingRow(
    CeilingGroup Group,
    SignalKind? Kind,
    bool Informed,
    CeilingStart Start,
    int Labels,
    int NoDirection,
    int NoMid,
    int Deduplicated,
    int Unresolved,
    long Hits,
    long Misses,
    long Timeouts,
    HitRateResult Result);
