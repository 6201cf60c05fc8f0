using System.CommandLine;
using NQStream.Cli.Hosting;
using NQStream.Core.Configuration.Schema;
using NQStream.Operators.Evaluation;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream evaluate --labels FILE --store PATH [--window 300s] [--config F [--profile P]] [--json]</c>: scores the
/// signals of a store against ground-truth labels (the simulator's <c>labels.jsonl</c>) and reports the directional
/// hit rate of the §6.1 scored set from the store's <c>signal_outcomes</c>.
/// </summary>
internal static class EvaluateCommand
{
    private const string Help =
        "Score stored signals against ground-truth labels and report the directional hit rate.\n\n" +
        "Matching: a signal matches a label of the same kind and instrument when label.ts_event - window <= signal ts <= " +
        "label.ts_event_last + window. Only labels whose ts_event lies in the store's covered range (min..max ts over the " +
        "signals and windows tables) count. Precision = matched signals / signals, recall = detected labels / labels, per " +
        "kind and over all kinds pooled.\n" +
        "Market-making false-positive rate: the share of sweep, block and iceberg signals that match no label, i.e. flow " +
        "the detectors took for institutional that the simulator did not inject as such (in the simulator that is " +
        "market-maker, hedge and retail flow).\n" +
        "Hit rate (docs/algorithms.md 6.1): over the scored set (first HIGH+ emission per instrument and ToD bucket, each " +
        "EMERGENCY; not SUSPECT, direction defined, clusters once) with outcomes from signal_outcomes; UNRESOLVED outcomes " +
        "(data ended before the horizon) and signals without an outcome row are counted, not scored. Pass = Wilson 95 % " +
        "lower bound > 0.75 with n >= min_n. hit_rate_informed restricts the scored set to signals matching an informed label.";

    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Ground-truth labels, JSON lines (the simulator's labels.jsonl)", Required = true };
        var store = new Option<string>("--store") { Description = "Store file (SQLite) written by nqstream replay", Required = true };
        var window = new Option<string>("--window") { Description = "Match tolerance either side of a label's span (" + Duration.Description + ")", DefaultValueFactory = _ => "300s" };
        var config = new Option<FileInfo?>("--config") { Description = "Configuration file for operators.accuracy (timeout_policy, confidence, min_n); default: documented defaults" };
        var profile = new Option<string?>("--profile", "-p") { Description = "Profile of --config merged over its base section" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables" };
        var command = new Command("evaluate", Help) { labels, store, window, config, profile, json };
        command.Subcommands.Add(EvaluateCeilingCommand.Create());
        command.SetAction(parse =>
        {
            var text = parse.GetValue(window);
            if (!Duration.TryParse(text, out var w))
            {
                throw new CliException($"--window '{text}': expected a {Duration.Description}");
            }

            var accuracy = ProfileOptions.Load(parse.GetValue(config)?.FullName, parse.GetValue(profile)).Operators.Accuracy;
            var labelList = ReadLabels(parse.GetValue(labels)!);
            var data = EvaluateStore.Read(parse.GetValue(store)!);
            var report = EvaluateReport.Build(data, labelList, w, accuracy);
            if (parse.GetValue(json))
            {
                parse.Out().WriteLine(EvaluateReportJson.Write(report));
            }
            else
            {
                var console = parse.Ansi();
                if (!console.Profile.Capabilities.Interactive)
                {
                    // Redirected output: never wrap tables to a guessed terminal width.
                    console.Profile.Width = 160;
                }

                EvaluateReportView.Write(console, report);
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static List<GroundTruthLabel> ReadLabels(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"labels {path}: file not found");
        }

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
