using System.Globalization;
using System.Text;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Commands;

/// <summary>
/// The <c>--json</c> form of <c>evaluate ceiling</c>: <c>demo_dir</c>, <c>days</c>, <c>labels_in_file</c>,
/// <c>labels</c> (in the days), <c>labels_by_kind</c>, the bracket (<c>target</c>, <c>stop</c>, <c>horizon</c>,
/// <c>timeout_policy</c>, <c>max_mid_age</c>), <c>records</c>, <c>mids</c>, and <c>rows</c>: one object per row with
/// <c>group</c>, <c>kind</c> (<c>all</c> for pooled groups), <c>informed</c>, <c>start</c>, <c>labels</c>,
/// <c>no_direction</c>, <c>no_mid</c>, <c>deduplicated</c>, <c>unresolved</c>, <c>n</c>, <c>hits</c>, <c>misses</c>,
/// <c>timeouts</c>, <c>hit_rate</c>, <c>wilson_lb</c>, <c>pass</c>. Undefined values are null.
/// </summary>
internal static class CeilingReportJson
{
    public static string Write(CeilingRun run)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = CliJson.Options.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("demo_dir", run.Inputs.Directory);
            w.WriteStartArray("days");
            foreach (var d in run.Inputs.Days)
            {
                w.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteEndArray();
            w.WriteNumber("labels_in_file", run.LabelsInFile);
            w.WriteNumber("labels", run.Labels.Count);
            w.WriteStartObject("labels_by_kind");
            foreach (var g in run.Labels.GroupBy(l => l.Kind).OrderBy(g => g.Key))
            {
                w.WriteNumber(EvaluateReport.KindName(g.Key), g.Count());
            }

            w.WriteEndObject();
            w.WriteNumber("target", run.Accuracy.Target);
            w.WriteNumber("stop", run.Accuracy.Stop);
            w.WriteString("horizon", Duration.Format(run.Accuracy.Horizon));
            w.WriteString("timeout_policy", CeilingNames.Of(run.Accuracy.TimeoutPolicy));
            w.WriteString("max_mid_age", Duration.Format(run.MaxMidAge));
            w.WriteNumber("records", run.Records);
            w.WriteNumber("mids", run.Mids);
            w.WriteStartArray("rows");
            foreach (var r in run.Rows)
            {
                w.WriteStartObject();
                w.WriteString("group", CeilingNames.Of(r.Group));
                w.WriteString("kind", CeilingNames.KindOf(r));
                w.WriteBoolean("informed", r.Informed);
                w.WriteString("start", CeilingNames.Of(r.Start));
                w.WriteNumber("labels", r.Labels);
                w.WriteNumber("no_direction", r.NoDirection);
                w.WriteNumber("no_mid", r.NoMid);
                w.WriteNumber("deduplicated", r.Deduplicated);
                w.WriteNumber("unresolved", r.Unresolved);
                w.WriteNumber("n", r.Result.N);
                w.WriteNumber("hits", r.Hits);
                w.WriteNumber("misses", r.Misses);
                w.WriteNumber("timeouts", r.Timeouts);
                Number(w, "hit_rate", r.Result.Rate);
                Number(w, "wilson_lb", r.Result.WilsonLower);
                w.WriteBoolean("pass", r.Result.Pass);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
