using System.Text.Json;

namespace NQStream.PerfHarness.Ring;

/// <summary>
/// Writes a <see cref="RingReport"/> as JSON: <c>results.&lt;implementation&gt;.&lt;topology&gt;.mops</c> is the list of
/// Mops/s per run (plus median, seconds and allocated bytes); skipped implementations carry a reason.
/// </summary>
public static class RingReportJson
{
    /// <summary>Writes the report to <paramref name="path"/>.</summary>
    public static void Write(RingReport report, string path, string machine)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("command", "perf ring");
        json.WriteString("utc", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("machine", machine);
        json.WriteNumber("events", report.Options.Events);
        json.WriteNumber("runs", report.Options.Runs);
        json.WriteString("wait", report.Options.Wait);
        json.WriteStartArray("topologies");
        foreach (var t in report.Options.Topologies)
        {
            json.WriteStringValue(Topologies.NameOf(t));
        }

        json.WriteEndArray();
        json.WriteStartObject("results");
        foreach (var implementation in report.Implementations)
        {
            json.WriteStartObject(implementation);
            if (report.Skipped.TryGetValue(implementation, out var reason))
            {
                json.WriteString("skipped", reason);
            }
            else
            {
                foreach (var (topology, runs) in report.Results[implementation])
                {
                    json.WriteStartObject(topology);
                    WriteArray(json, "mops", runs.Select(r => r.Mops));
                    json.WriteNumber("median", report.Median(implementation, topology) ?? 0);
                    WriteArray(json, "seconds", runs.Select(r => r.Seconds));
                    WriteArray(json, "allocatedBytes", runs.Select(r => (double)r.AllocatedBytes));
                    json.WriteBoolean("checksumOk", true);
                    json.WriteEndObject();
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteNumberValue(Math.Round(v, 6));
        }

        json.WriteEndArray();
    }
}
