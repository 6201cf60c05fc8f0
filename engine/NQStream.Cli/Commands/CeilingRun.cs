using NQStream.Operators.Evaluation;
using NQStream.Operators.Evaluation.Ceiling;
using NQStream.Operators.Options;

namespace NQStream.Cli.Commands;

/// <summary>Everything <c>evaluate ceiling</c> reports: the inputs, the bracket, the replay counts and the rows.</summary>
internal sealed record CeilingRun(
    CeilingInputs Inputs,
    AccuracyOptions Accuracy,
    TimeSpan MaxMidAge,
    int LabelsInFile,
    IReadOnlyList<GroundTruthLabel> Labels,
    long Records,
    long Mids,
    IReadOnlyList<CeilingRow> Rows)
{
    /// <summary>X of "accuracy &gt; X" (§6.1).</summary>
    public const double RequiredAccuracy = 0.75;
}
