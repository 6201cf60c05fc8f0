using System.Diagnostics;
using System.Globalization;
using NQStream.Core.Graph;
using NQStream.Core.Metrics;
using NQStream.Core.Ring;
using NQStream.PerfHarness.Ring;

namespace NQStream.PerfHarness.Latency;

/// <summary>
/// Paced load through our ring (one producer, one consumer): the producer sends at a fixed rate
/// (spinning on the clock), the consumer records per-event latency into log-linear histograms.
/// The first second is a warm-up and is not recorded. The checksum of the values is verified.
/// </summary>
public static class LatencyBenchmark
{
    /// <summary>Runs the benchmark and writes the percentiles to <paramref name="output"/>.</summary>
    public static LatencyReport Run(long rate, double seconds, string wait, TextWriter output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(seconds, 0);
        ArgumentNullException.ThrowIfNull(output);
        var warmup = Math.Min(rate, 1_000_000);
        var measured = (long)(rate * seconds);
        var total = warmup + measured;
        using var graph = new OperatorGraphBuilder<LatencyEvent>(new GraphOptions
        {
            Name = "latency",
            BufferSize = 1 << 16,
            WaitStrategy = WaitStrategies.Create(wait),
            FaultLog = null,
        }).Add("consumer", new LatencyHandler(warmup)).Build();
        graph.Start();

        var ring = graph.Ring;
        var interval = Stopwatch.Frequency / (double)rate;
        var start = Stopwatch.GetTimestamp();
        long measuredStart = 0;
        for (long i = 0; i < total; i++)
        {
            var scheduled = start + (long)(i * interval);
            long now;
            while ((now = Stopwatch.GetTimestamp()) < scheduled)
            {
            }

            if (i == warmup)
            {
                measuredStart = now;
            }

            var sequence = ring.Next();
            ref var e = ref ring[sequence];
            e.Value = i;
            e.ScheduledTicks = scheduled;
            e.PublishTicks = now;
            ring.Publish(sequence);
        }

        var sendSeconds = Stopwatch.GetElapsedTime(measuredStart).TotalSeconds;
        if (!graph.Shutdown(TimeSpan.FromSeconds(30)))
        {
            throw new InvalidOperationException("latency run did not drain within 30 s");
        }

        var handler = graph.Handler<LatencyHandler>("consumer");
        var expected = total * (total - 1) / 2;
        if (handler.Sum != expected)
        {
            throw new ChecksumMismatchException(string.Create(
                CultureInfo.InvariantCulture, $"checksum mismatch: latency run consumed {handler.Sum}, expected {expected}"));
        }

        var report = new LatencyReport(rate, seconds, wait, handler.Hop.Count, measured / sendSeconds, handler.Hop, handler.FromSchedule);
        Write(report, output);
        return report;
    }

    private static void Write(LatencyReport report, TextWriter output)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"latency: target {report.Rate:N0} events/s, achieved {report.AchievedRate:N0}/s, {report.Events:N0} events recorded, wait {report.Wait}, checksum ok"));
        output.WriteLine($"{"ns",-14} {"p50",8} {"p90",8} {"p99",8} {"p99.9",8} {"max",10} {"mean",10}");
        Row(output, "hop", report.Hop);
        Row(output, "from-schedule", report.FromSchedule);
    }

    private static void Row(TextWriter output, string name, LogLinearHistogram h) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-14} {h.Percentile(50),8} {h.Percentile(90),8} {h.Percentile(99),8} {h.Percentile(99.9),8} {h.Max,10} {h.Mean,10:F1}"));
}
