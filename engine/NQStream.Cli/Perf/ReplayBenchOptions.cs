using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using NQStream.Operators.Pipeline;

namespace NQStream.Cli.Perf;

/// <summary>What <c>perf replay</c> measures and on which input.</summary>
internal sealed record ReplayBenchOptions
{
    /// <summary>The day's DBN files (merged by time).</summary>
    public required IReadOnlyList<string> Files { get; init; }

    public required OperatorsOptions Operators { get; init; }

    /// <summary>Baseline history (volume-shock signals); null turns them off, as in <c>replay</c>.</summary>
    public BaselineHistory? Baseline { get; init; }

    /// <summary>Which OFI windows the pipeline hands to its sink (and the store writes).</summary>
    public OfiWindowPolicy OfiWindows { get; init; } = OfiWindowPolicy.All;

    /// <summary>When per-instrument windows are emitted.</summary>
    public WindowClose WindowClose { get; init; } = WindowClose.Watermark;

    /// <summary>Measured runs per stage (after one unmeasured warm-up run of the in-memory stages).</summary>
    public int Repeat { get; init; } = 3;

    /// <summary>Stages to run: decode, books, pipeline, rows, store, e2e.</summary>
    public required IReadOnlySet<string> Stages { get; init; }

    /// <summary>Expected pipeline output checksum; a different one fails the run.</summary>
    public ulong? ExpectChecksum { get; init; }

    /// <summary>Folder for the temporary store files.</summary>
    public required string TempDir { get; init; }

    /// <summary>Every stage name, in run order.</summary>
    public static IReadOnlyList<string> AllStages { get; } = ["decode", "books", "pipeline", "rows", "store", "e2e"];
}
