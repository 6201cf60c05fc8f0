using System.Globalization;
using NQStream.Core.Configuration.Schema;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Signals;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>Human output of <c>nqstream evaluate</c>: Spectre tables and a bar chart of precision and recall per kind.</summary>
internal static class EvaluateReportView
{
    public static void Write(IAnsiConsole console, EvaluateReport r)
    {
        var range = r.Range is { } g
            ? $"{Timestamps.Format((ulong)Math.Max(0, g.Start))} .. {Timestamps.Format((ulong)Math.Max(0, g.End))}"
            : "none (the store holds no signals or windows)";
        console.WriteLine($"covered range {range}; match window ±{Duration.Format(r.Window)}");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Pooled.Labels} of {r.LabelsInFile} labels inside the range; {r.NSignals} signals"));

        var matching = new Table().Title("Signals vs labels").AddColumn("kind")
            .AddColumn(new TableColumn("signals").RightAligned()).AddColumn(new TableColumn("matched").RightAligned()).AddColumn(new TableColumn("precision").RightAligned())
            .AddColumn(new TableColumn("labels").RightAligned()).AddColumn(new TableColumn("detected").RightAligned()).AddColumn(new TableColumn("recall").RightAligned());
        foreach (var k in r.ByKind)
        {
            AddKindRow(matching, EvaluateReport.KindName(k.Kind), k);
        }

        AddKindRow(matching, "all", r.Pooled);
        console.Write(matching);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"market-making false-positive rate {Pct(r.MmFalsePositiveRate)}: {r.MmUnmatched} of {r.MmSignals} sweep/block/iceberg signals match no label"));
        WriteChart(console, r);

        var hits = new Table().Title("Directional hit rate (§6.1 scored set)").AddColumn("group")
            .AddColumn(new TableColumn("n").RightAligned()).AddColumn(new TableColumn("hits").RightAligned()).AddColumn(new TableColumn("timeouts").RightAligned())
            .AddColumn(new TableColumn("rate").RightAligned()).AddColumn(new TableColumn("Wilson 95 % LB").RightAligned()).AddColumn("> 75 %");
        AddHitRow(hits, "all scored", r.HitRate);
        AddHitRow(hits, "informed flow", r.HitRateInformed);
        foreach (var (priority, result) in r.ByPriority)
        {
            AddHitRow(hits, "priority " + SignalNames.Of(priority), result);
        }

        foreach (var (ratioClass, result) in r.ByClass)
        {
            AddHitRow(hits, "class " + SignalNames.Of(ratioClass), result);
        }

        console.Write(hits);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.NScored} scored; {r.NUnresolved} unresolved (data ended first) and {r.NNoOutcome} without an outcome row are not in n"));

        var calibration = new Table().Title("Calibration by priority and kind").AddColumn("priority").AddColumn("kind")
            .AddColumn(new TableColumn("n").RightAligned()).AddColumn(new TableColumn("hits").RightAligned())
            .AddColumn(new TableColumn("rate").RightAligned()).AddColumn(new TableColumn("Wilson 95 % LB").RightAligned());
        foreach (var (priority, kind, result) in r.Calibration)
        {
            calibration.AddRow(SignalNames.Of(priority), EvaluateReport.KindName(kind), Int(result.N), Int(result.Hits), Pct(result.Rate), Pct(result.WilsonLower));
        }

        console.Write(calibration);
    }

    private static void WriteChart(IAnsiConsole console, EvaluateReport r)
    {
        var chart = new BarChart().Label("Precision and recall per kind (%)").Width(80).WithMaxValue(100);
        foreach (var k in r.ByKind)
        {
            if (k.Precision is double p)
            {
                chart.AddItem(EvaluateReport.KindName(k.Kind) + " precision", Math.Round(p * 100, 1), Color.Green);
            }

            if (k.Recall is double rc)
            {
                chart.AddItem(EvaluateReport.KindName(k.Kind) + " recall", Math.Round(rc * 100, 1), Color.Blue);
            }
        }

        if (chart.Data.Count > 0)
        {
            console.Write(chart);
        }
    }

    private static void AddKindRow(Table t, string name, KindMatchScore k) =>
        t.AddRow(name, Int(k.Signals), Int(k.MatchedSignals), Pct(k.Precision), Int(k.Labels), Int(k.DetectedLabels), Pct(k.Recall));

    private static void AddHitRow(Table t, string name, HitRateResult h) =>
        t.AddRow(Markup.Escape(name), Int(h.N), Int(h.Hits), Int(h.Timeouts), Pct(h.Rate), Pct(h.WilsonLower), h.Pass ? "pass" : "no");

    private static string Int(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Pct(double? v) => v is double d ? (d * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";
}
