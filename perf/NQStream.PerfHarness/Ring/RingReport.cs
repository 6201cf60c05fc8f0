namespace NQStream.PerfHarness.Ring;

/// <summary>Everything one <c>perf ring</c> invocation measured.</summary>
public sealed class RingReport
{
    /// <summary>Creates an empty report.</summary>
    public RingReport(RingBenchmarkOptions options) => Options = options;

    /// <summary>The options.</summary>
    public RingBenchmarkOptions Options { get; }

    /// <summary>Implementation names in report order.</summary>
    public List<string> Implementations { get; } = [];

    /// <summary>Runs per implementation, then per topology name.</summary>
    public Dictionary<string, Dictionary<string, List<RunResult>>> Results { get; } = new(StringComparer.Ordinal);

    /// <summary>Implementations that could not run here, with the reason.</summary>
    public Dictionary<string, string> Skipped { get; } = new(StringComparer.Ordinal);

    /// <summary>The median Mops/s, or null when there were no runs.</summary>
    public double? Median(string implementation, string topology) =>
        Results.TryGetValue(implementation, out var byTopology) && byTopology.TryGetValue(topology, out var runs) && runs.Count > 0
            ? MedianOf(runs.Select(r => r.Mops))
            : null;

    /// <summary>Median of a sequence (mean of the two middle values for an even count).</summary>
    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
