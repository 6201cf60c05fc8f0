using System.Globalization;
using System.Text.Json;
using NQStream.Core.Metrics;

namespace NQStream.PerfHarness.Latency;

/// <summary>Writes a <see cref="LatencyReport"/> as JSON (percentiles in ns).</summary>
public static class LatencyReportJson
{
    /// <summary>Writes the report to <paramref name="path"/>.</summary>
    public static void Write(LatencyReport report, string path, string machine)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("command", "perf latency");
        json.WriteString("utc", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("machine", machine);
        json.WriteNumber("rate", report.Rate);
        json.WriteNumber("seconds", report.Seconds);
        json.WriteString("wait", report.Wait);
        json.WriteNumber("events", report.Events);
        json.WriteNumber("achievedRate", Math.Round(report.AchievedRate, 1));
        Histogram(json, "hopNanos", report.Hop);
        Histogram(json, "fromScheduleNanos", report.FromSchedule);
        json.WriteEndObject();
    }

    private static void Histogram(Utf8JsonWriter json, string name, LogLinearHistogram h)
    {
        json.WriteStartObject(name);
        json.WriteNumber("p50", h.Percentile(50));
        json.WriteNumber("p90", h.Percentile(90));
        json.WriteNumber("p99", h.Percentile(99));
        json.WriteNumber("p99.9", h.Percentile(99.9));
        json.WriteNumber("max", h.Max);
        json.WriteNumber("mean", Math.Round(h.Mean, 1));
        json.WriteNumber("count", h.Count);
        json.WriteEndObject();
    }
}
