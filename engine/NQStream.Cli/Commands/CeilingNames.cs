using NQStream.Operators.Evaluation.Ceiling;
using NQStream.Operators.Options;

namespace NQStream.Cli.Commands;

/// <summary>Wire names of the ceiling report (snake case).</summary>
internal static class CeilingNames
{
    public static string Of(CeilingStart start) => start == CeilingStart.Last ? "last" : "first";

    public static string Of(CeilingGroup group) => group switch
    {
        CeilingGroup.Kind => "kind",
        CeilingGroup.Pooled => "pooled",
        CeilingGroup.Dedup => "dedup",
        _ => "dedup_informed_only",
    };

    public static string Of(TimeoutPolicy policy) => policy == TimeoutPolicy.Miss ? "miss" : "exclude";

    public static string KindOf(CeilingRow row) => row.Kind is { } k ? EvaluateReport.KindName(k) : "all";
}
