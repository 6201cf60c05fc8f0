using NQStream.Operators.Signals;

namespace NQStream.Operators.Evaluation;

/// <summary>Precision and recall of one signal kind against ground-truth labels.</summary>
/// <param name="Kind">Kind.</param>
/// <param name="Signals">Signals of this kind inside the covered range.</param>
/// <param name="MatchedSignals">Of those, signals that match at least one label.</param>
/// <param name="Labels">Labels of this kind inside the covered range.</param>
/// <param name="DetectedLabels">Of those, labels matched by at least one signal.</param>
/// <param name="Precision">MatchedSignals / Signals; null when there are no signals.</param>
/// <param name="Recall">DetectedLabels / Labels; null when there are no labels.</param>
public sealed record KindMatchScore(SignalKind Kind, int Signals, int MatchedSignals, int Labels, int DetectedLabels, double? Precision, double? Recall);
