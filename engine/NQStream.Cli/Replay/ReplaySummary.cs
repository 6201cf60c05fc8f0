using NQStream.Operators.Signals;

namespace NQStream.Cli.Replay;

/// <summary>What a replay did: the same fields in the console summary and in <c>--summary-json</c>.</summary>
internal sealed record ReplaySummary
{
    public required long Events { get; init; }
    public required double Seconds { get; init; }
    public required double EventsPerSecond { get; init; }
    public required long Signals { get; init; }
    public required IReadOnlyDictionary<string, long> SignalsByPriority { get; init; }
    public required IReadOnlyDictionary<string, long> SignalsByKind { get; init; }
    public required IReadOnlyList<Signal> TopSignals { get; init; }
    public required LatencySummary LatencyUs { get; init; }
    public required long Trades { get; init; }
    public required long WindowsWritten { get; init; }
    public required int Instruments { get; init; }
    public required long BookProblems { get; init; }
    public required long SkippedRecords { get; init; }
    public required string Store { get; init; }
    public required string ParameterSetId { get; init; }
    public required bool Baseline { get; init; }
}

/// <summary>Ingress-to-processed latency percentiles in microseconds.</summary>
internal sealed record LatencySummary(double P50, double P99, double P999, double Max);
