namespace NQStream.Operators.Evaluation;

/// <summary>Result of <see cref="LabelMatcher.Evaluate"/>.</summary>
/// <param name="ByKind">Precision and recall per kind, in <see cref="Signals.SignalKind"/> order, every kind present.</param>
/// <param name="Signals">Per signal, in input order.</param>
public sealed record LabelMatchResult(IReadOnlyList<KindMatchScore> ByKind, IReadOnlyList<SignalLabelMatch> Signals);
