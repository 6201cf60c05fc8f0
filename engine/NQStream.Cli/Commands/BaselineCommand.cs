using System.CommandLine;
using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream baseline build DIR... --out FILE [--days N]</c> and <c>nqstream baseline show FILE</c>: the §5.4
/// per trade date × cell volume history behind the 20-day volume ratio.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var group = new Command("baseline", "The 20-day volume baseline (§5.4): build from DBN day folders, show a baseline file.");
        group.Subcommands.Add(CreateBuild());
        group.Subcommands.Add(BaselineShowCommand.Create());
        return group;
    }

    private static Command CreateBuild()
    {
        var inputs = new Argument<string[]>("DIR") { Description = "Simulator output folders, day folders or DBN files", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Baseline file to write", Required = true };
        var days = new Option<int?>("--days") { Description = "Keep only the last N trade dates (1..1000)" };
        var command = new Command("build", "Replay DBN days and write the per trade date × cell volume history (deterministic binary file).")
        {
            inputs, output, days,
        };
        command.SetAction(parse =>
        {
            var keep = parse.GetValue(days);
            if (keep is < 1 or > 1000)
            {
                throw new CliException($"--days: got {keep}, expected 1..1000");
            }

            var outPath = parse.GetValue(output)!;
            if (Directory.Exists(outPath))
            {
                throw new CliException($"--out: '{outPath}' is a folder, expected a file path");
            }

            var groups = BaselineInputs.Resolve(parse.GetValue(inputs)!);
            return Build(parse, groups, outPath, keep);
        });
        return command;
    }

    private static int Build(ParseResult parse, List<(string Name, string[] Files)> groups, string outPath, int? keep)
    {
        var builder = new BaselineBuilder();
        var replay = new BaselineReplay(builder, new TradeCellResolver(new Black76Options()));
        var console = parse.Ansi();
        try
        {
            if (console.Profile.Capabilities.Interactive)
            {
                console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("replaying", maxValue: groups.Count);
                        for (var i = 0; i < groups.Count; i++)
                        {
                            var name = Markup.Escape(groups[i].Name);
                            replay.Run(groups[i].Files, n => task.Description = string.Create(CultureInfo.InvariantCulture, $"{name}: {n:N0} MBO records"));
                            task.Increment(1);
                        }
                    });
            }
            else
            {
                foreach (var (name, files) in groups)
                {
                    var before = replay.Records;
                    replay.Run(files);
                    parse.Out().WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {replay.Records - before:N0} MBO records"));
                }
            }
        }
        catch (Exception ex) when (ex is DbnFormatException or IOException or InvalidDataException)
        {
            throw new CliException(ex.Message, ex);
        }

        var history = builder.Build();
        if (history.Days.Count == 0)
        {
            throw new CliException("baseline build: the inputs hold no MBO records inside a trading session");
        }

        if (keep is int n)
        {
            history = history.TakeLast(n);
        }

        try
        {
            BaselineFile.Write(outPath, history);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--out: cannot write '{outPath}': {ex.Message}", ex);
        }

        WriteSummary(console, history, builder, replay, outPath);
        return 0;
    }

    private static void WriteSummary(IAnsiConsole console, BaselineHistory history, BaselineBuilder builder, BaselineReplay replay, string outPath)
    {
        var keys = new HashSet<int>();
        ulong buckets = 0;
        long contracts = 0;
        foreach (var day in history.Days)
        {
            buckets |= day.CoveredBuckets;
            for (var c = 0; c < BaselineCell.Count; c++)
            {
                if (day.Instruments(c) > 0)
                {
                    keys.Add(c);
                    contracts += day.Volume(c);
                }
            }
        }

        var table = new Table().Title("baseline " + Markup.Escape(outPath)).AddColumn("item").AddColumn(new TableColumn("value").RightAligned());
        var inv = CultureInfo.InvariantCulture;
        table.AddRow("days", history.Days.Count.ToString(inv));
        table.AddRow("first trade date", history.Days[0].TradeDate.ToString("yyyy-MM-dd", inv));
        table.AddRow("last trade date", history.Days[^1].TradeDate.ToString("yyyy-MM-dd", inv));
        table.AddRow("keys (cells with trades)", keys.Count.ToString(inv));
        table.AddRow("ToD buckets covered", ulong.PopCount(buckets).ToString(inv));
        table.AddRow("contracts", contracts.ToString("N0", inv));
        table.AddRow("MBO records", replay.Records.ToString("N0", inv));
        table.AddRow("option trades", replay.OptionTrades.ToString("N0", inv));
        table.AddRow("trades with a cell", builder.TradesAdded.ToString("N0", inv));
        table.AddRow("trades without a cell", builder.TradesWithoutCell.ToString("N0", inv));
        console.Write(table);
    }
}
