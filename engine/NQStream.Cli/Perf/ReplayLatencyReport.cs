using System.Globalization;
using NQStream.Core.Metrics;

namespace NQStream.Cli.Perf;

/// <summary>What one <c>perf replay-latency</c> run measured.</summary>
/// <param name="Rate">Target events per second.</param>
/// <param name="Seconds">Measured seconds (after the warm-up).</param>
/// <param name="Wait">The operator's wait strategy.</param>
/// <param name="Store">Whether outputs went to the SQLite store (as in <c>replay</c>) or to a checksum only.</param>
/// <param name="DayEvents">Events in the recorded day (replayed in passes when the run needs more).</param>
/// <param name="Events">Events recorded.</param>
/// <param name="AchievedRate">Events per second the producer actually published.</param>
/// <param name="Hop">Ingress (publish) → processed by the pipeline, ns.</param>
/// <param name="ProducerLag">How late the producer published against its schedule, ns.</param>
/// <param name="Gc">Garbage collections while the producer published the measured events (after the warm-up).</param>
internal sealed record ReplayLatencyReport(
    long Rate, double Seconds, string Wait, bool Store, int DayEvents, long Events, double AchievedRate, LogLinearHistogram Hop, LogLinearHistogram ProducerLag,
    GcSnapshot Gc)
{
    public static void Write(ReplayLatencyReport r, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replay latency: target {r.Rate:N0} events/s, achieved {r.AchievedRate:N0}/s, {r.Events:N0} events recorded (day of {r.DayEvents:N0}), wait {r.Wait}, store {(r.Store ? "on" : "off")}"));
        output.WriteLine($"{"ns",-16} {"p50",8} {"p90",8} {"p99",8} {"p99.9",9} {"max",11} {"mean",10}");
        Row(output, "ingress->signal", r.Hop);
        Row(output, "producer lag", r.ProducerLag);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC while publishing: gen0 {r.Gc.Gen0}, gen1 {r.Gc.Gen1}, gen2 {r.Gc.Gen2}, paused {r.Gc.Pause.TotalMilliseconds:F1} ms, allocated {r.Gc.AllocatedBytes / 1e6:F1} MB"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"goal p99 < 20 us: {(r.Hop.Percentile(99) < 20_000 ? "met" : "not met")}; p99.9 < 200 us: {(r.Hop.Percentile(99.9) < 200_000 ? "met" : "not met")}"));
    }

    private static void Row(TextWriter output, string name, LogLinearHistogram h) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} {h.Percentile(50),8} {h.Percentile(90),8} {h.Percentile(99),8} {h.Percentile(99.9),9} {h.Max,11} {h.Mean,10:F1}"));
}
