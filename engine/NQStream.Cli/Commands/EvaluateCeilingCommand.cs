using System.CommandLine;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn;
using NQStream.Market.Sessions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Evaluation.Ceiling;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream evaluate ceiling --demo-dir DIR [--days N] [--config F [--profile P]] [--json]</c>: the hit rate a
/// perfect detector would score on simulator data. It "signals" every label of the last N day folders in the
/// direction sign(delta) on the label's underlying, at t₀ = ts_event_last and at t₀ = ts_event, and resolves the §6.1
/// bracket on the futures' mids of the replayed days.
/// </summary>
internal static class EvaluateCeilingCommand
{
    private const string Help =
        "Accuracy ceiling: the directional hit rate of a perfect detector on simulator data.\n\n" +
        "For every label of the last N day folders (the trade date of its ts_event), one oracle bracket per start: " +
        "t0 = ts_event_last (when the simulator starts the informed drift) and t0 = ts_event (the first print); direction " +
        "= sign(delta) (labels with delta 0 are counted, not signalled); underlying = underlying_id; F0 = its last valid mid " +
        "at t0 within max_mid_age (none: counted, not scored). The day folders' DBN files are replayed as one stream; " +
        "futures' books give the mids after each F_LAST record, as in the pipeline, and the 6.1 bracket (target, stop, " +
        "horizon, timeout_policy of operators.accuracy) resolves them. Rows per start: kind x informed, pooled x informed, " +
        "pooled after the 6.1 de-duplication over every label (dedup) and over informed labels only (dedup_informed_only).";

    public static Command Create()
    {
        var dir = new Option<string>("--demo-dir") { Description = "Simulator output folder (day folders yyyy-MM-dd with DBN files, labels.jsonl at the top)", Required = true };
        var days = new Option<int?>("--days") { Description = "Use the last N day folders (default: all)" };
        var config = new Option<FileInfo?>("--config") { Description = "Configuration file for operators.accuracy and operators.shared.max_mid_age; default: documented defaults" };
        var profile = new Option<string?>("--profile", "-p") { Description = "Profile of --config merged over its base section" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables" };
        var command = new Command("ceiling", Help) { dir, days, config, profile, json };
        command.SetAction(parse =>
        {
            var inputs = CeilingInputs.Resolve(parse.GetValue(dir)!, parse.GetValue(days));
            var options = ProfileOptions.Load(parse.GetValue(config)?.FullName, parse.GetValue(profile)).Operators;
            var run = Run(inputs, options.Accuracy, options.Shared.MaxMidAge);
            if (parse.GetValue(json))
            {
                parse.Out().WriteLine(CeilingReportJson.Write(run));
            }
            else
            {
                var console = parse.Ansi();
                if (!console.Profile.Capabilities.Interactive)
                {
                    console.Profile.Width = 200;
                }

                CeilingReportView.Write(console, run);
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static CeilingRun Run(CeilingInputs inputs, Operators.Options.AccuracyOptions accuracy, TimeSpan maxMidAge)
    {
        var all = ReadLabels(inputs.Labels);
        var wanted = new HashSet<DateOnly>(inputs.Days);
        var labels = all.Where(l => wanted.Contains(TradingSession.TradeDateOf(l.TsEvent))).ToList();
        foreach (var l in labels)
        {
            if (l.UnderlyingId is null || l.Delta is null)
            {
                throw new CliException($"labels {inputs.Labels}: label '{l.Id}' has no '{(l.UnderlyingId is null ? "underlying_id" : "delta")}' field; the ceiling needs both");
            }
        }

        var oracle = new LabelOracle(labels, accuracy, maxMidAge);
        CeilingReplay replay;
        try
        {
            replay = CeilingReplay.Run(inputs.Files, oracle);
        }
        catch (Exception ex) when (ex is DbnFormatException or IOException or InvalidDataException)
        {
            throw new CliException(ex.Message, ex);
        }

        var rows = CeilingReport.Build(oracle.Finish(), accuracy, CeilingRun.RequiredAccuracy);
        return new CeilingRun(inputs, accuracy, maxMidAge, all.Count, labels, replay.Records, replay.Mids, rows);
    }

    private static List<GroundTruthLabel> ReadLabels(string path)
    {
        try
        {
            return GroundTruthLabelReader.Parse(File.ReadLines(path), path);
        }
        catch (FormatException ex)
        {
            throw new CliException(ex.Message, ex);
        }
    }
}
