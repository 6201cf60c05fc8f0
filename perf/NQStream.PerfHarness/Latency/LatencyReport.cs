using NQStream.Core.Metrics;

namespace NQStream.PerfHarness.Latency;

/// <summary>What one <c>perf latency</c> run measured.</summary>
/// <param name="Rate">Target events per second.</param>
/// <param name="Seconds">Measured seconds (after a one-second warm-up).</param>
/// <param name="Wait">Wait strategy.</param>
/// <param name="Events">Events recorded.</param>
/// <param name="AchievedRate">Events per second the pacer actually sent.</param>
/// <param name="Hop">Publish → consume latency, ns.</param>
/// <param name="FromSchedule">Scheduled → consume latency, ns.</param>
public sealed record LatencyReport(long Rate, double Seconds, string Wait, long Events, double AchievedRate, LogLinearHistogram Hop, LogLinearHistogram FromSchedule)
{
    /// <summary>The percentiles reported.</summary>
    public static IReadOnlyList<double> Percentiles { get; } = [50, 90, 99, 99.9];
}
