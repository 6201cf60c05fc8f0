using System.Globalization;
using NQStream.Core.Configuration.Schema;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>Human output of <c>evaluate ceiling</c>: one Spectre table of every row.</summary>
internal static class CeilingReportView
{
    public static void Write(IAnsiConsole console, CeilingRun run)
    {
        var a = run.Accuracy;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run.Inputs.Days.Count} day(s) {run.Inputs.Days[0]:yyyy-MM-dd} .. {run.Inputs.Days[^1]:yyyy-MM-dd}: {run.Labels.Count} of {run.LabelsInFile} labels; {run.Records:N0} records, {run.Mids:N0} future mids"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bracket: target {a.Target} pts, stop {a.Stop} pts, horizon {Duration.Format(a.Horizon)}, timeout = {CeilingNames.Of(a.TimeoutPolicy)}; F0 within {Duration.Format(run.MaxMidAge)}"));
        var table = new Table().Title("Accuracy ceiling (oracle signals every label in the direction of its delta)")
            .AddColumn(new TableColumn("start").NoWrap()).AddColumn(new TableColumn("group").NoWrap()).AddColumn(new TableColumn("kind").NoWrap())
            .AddColumn(new TableColumn("informed").NoWrap());
        foreach (var name in (string[])["labels", "no dir", "no mid", "dedup'd", "unresolved", "n", "hits", "misses", "timeouts", "rate", "Wilson LB"])
        {
            table.AddColumn(new TableColumn(name).RightAligned().NoWrap());
        }

        table.AddColumn(new TableColumn("> 75 %").NoWrap());
        foreach (var r in run.Rows)
        {
            table.AddRow(
                CeilingNames.Of(r.Start), CeilingNames.Of(r.Group), CeilingNames.KindOf(r), r.Informed ? "yes" : "no",
                Int(r.Labels), Int(r.NoDirection), Int(r.NoMid), Int(r.Deduplicated), Int(r.Unresolved), Int(r.Result.N), Int(r.Hits),
                Int(r.Misses), Int(r.Timeouts), Rate(r.Result.Rate), Rate(r.Result.WilsonLower), r.Result.Pass ? "yes" : "no");
        }

        console.Write(table);
    }

    private static string Int(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double? v) => v is double d ? d.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
