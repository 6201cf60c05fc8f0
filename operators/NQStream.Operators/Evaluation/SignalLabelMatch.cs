namespace NQStream.Operators.Evaluation;

/// <summary>How one signal fared in <see cref="LabelMatcher.Evaluate"/>.</summary>
/// <param name="InRange">Its <c>ts_event</c> lies in the covered range (only then is it counted).</param>
/// <param name="Matched">It matches at least one label (a true positive).</param>
/// <param name="MatchedInformed">It matches at least one label with <see cref="GroundTruthLabel.Informed"/>.</param>
public readonly record struct SignalLabelMatch(bool InRange, bool Matched, bool MatchedInformed);
