using System.Text;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Core.Configuration.Schema;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Signals;

namespace NQStream.Cli.Commands;

/// <summary>
/// The <c>--json</c> form of an <see cref="EvaluateReport"/>: <c>precision</c>, <c>recall</c>, <c>by_kind</c>,
/// <c>mm_false_positive_rate</c>, <c>hit_rate</c>, <c>hit_rate_wilson_lb</c>, <c>hit_rate_pass</c>,
/// <c>hit_rate_informed</c>, <c>hit_rate_informed_wilson_lb</c>, <c>n_signals</c>, <c>n_scored</c>,
/// <c>n_unresolved</c>, <c>by_priority</c>, <c>by_class</c>, <c>calibration</c>, then context (<c>n_no_outcome</c>,
/// <c>n_labels</c>, <c>range_start</c>, <c>range_end</c>, <c>window</c>). Undefined values are null.
/// </summary>
internal static class EvaluateReportJson
{
    public static string Write(EvaluateReport r)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = CliJson.Options.Encoder }))
        {
            w.WriteStartObject();
            Number(w, "precision", r.Pooled.Precision);
            Number(w, "recall", r.Pooled.Recall);
            w.WriteStartObject("by_kind");
            foreach (var k in r.ByKind)
            {
                w.WriteStartObject(EvaluateReport.KindName(k.Kind));
                w.WriteNumber("signals", k.Signals);
                w.WriteNumber("matched", k.MatchedSignals);
                w.WriteNumber("labels", k.Labels);
                w.WriteNumber("detected", k.DetectedLabels);
                Number(w, "precision", k.Precision);
                Number(w, "recall", k.Recall);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            Number(w, "mm_false_positive_rate", r.MmFalsePositiveRate);
            Number(w, "hit_rate", r.HitRate.Rate);
            Number(w, "hit_rate_wilson_lb", r.HitRate.WilsonLower);
            w.WriteBoolean("hit_rate_pass", r.HitRate.Pass);
            Number(w, "hit_rate_informed", r.HitRateInformed.Rate);
            Number(w, "hit_rate_informed_wilson_lb", r.HitRateInformed.WilsonLower);
            w.WriteNumber("hits", r.HitRate.Hits);
            w.WriteNumber("n_hit_rate", r.HitRate.N);
            w.WriteNumber("hits_informed", r.HitRateInformed.Hits);
            w.WriteNumber("n_hit_rate_informed", r.HitRateInformed.N);
            w.WriteNumber("n_signals", r.NSignals);
            w.WriteNumber("n_scored", r.NScored);
            w.WriteNumber("n_unresolved", r.NUnresolved);
            w.WriteStartObject("by_priority");
            foreach (var (priority, result) in r.ByPriority)
            {
                Group(w, SignalNames.Of(priority), result);
            }

            w.WriteEndObject();
            w.WriteStartObject("by_class");
            foreach (var (ratioClass, result) in r.ByClass)
            {
                Group(w, SignalNames.Of(ratioClass), result);
            }

            w.WriteEndObject();
            w.WriteStartArray("calibration");
            foreach (var (priority, kind, result) in r.Calibration)
            {
                w.WriteStartObject();
                w.WriteString("priority", SignalNames.Of(priority));
                w.WriteString("kind", EvaluateReport.KindName(kind));
                w.WriteNumber("n", result.N);
                w.WriteNumber("hits", result.Hits);
                Number(w, "rate", result.Rate);
                Number(w, "wilson_lb", result.WilsonLower);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("n_no_outcome", r.NNoOutcome);
            w.WriteNumber("n_labels", r.Pooled.Labels);
            if (r.Range is { } range)
            {
                w.WriteNumber("range_start", range.Start);
                w.WriteNumber("range_end", range.End);
            }
            else
            {
                w.WriteNull("range_start");
                w.WriteNull("range_end");
            }

            w.WriteString("window", Duration.Format(r.Window));
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Group(Utf8JsonWriter w, string name, HitRateResult result)
    {
        w.WriteStartObject(name);
        w.WriteNumber("n", result.N);
        w.WriteNumber("hits", result.Hits);
        w.WriteNumber("timeouts", result.Timeouts);
        Number(w, "rate", result.Rate);
        Number(w, "wilson_lb", result.WilsonLower);
        w.WriteBoolean("pass", result.Pass);
        w.WriteEndObject();
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
