using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Cli.Reference;
using NQStream.Feeds.Lobster;
using NQStream.Operators.Numerics;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary><c>nqstream lobster stats MESSAGE_FILE ORDERBOOK_FILE</c>: the §8 reference statistics of a LOBSTER file pair.</summary>
internal static class LobsterCommand
{
    public static Command Create()
    {
        var lobster = new Command("lobster", "LOBSTER order-book files: reference statistics of the flow operators (docs/algorithms.md §8).");
        lobster.Subcommands.Add(CreateStats());
        return lobster;
    }

    private static Command CreateStats()
    {
        var message = new Argument<FileInfo>("MESSAGE_FILE") { Description = "LOBSTER message file (TICKER_DATE_START_END_message_LEVEL.csv)" };
        var book = new Argument<FileInfo>("ORDERBOOK_FILE") { Description = "The matching order-book file (…_orderbook_LEVEL.csv)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var stats = new Command("stats", "Events by type, time-weighted spread and depth, tick/quote/Lee-Ready accuracy, OFI R², Kyle's lambda, VPIN (exact and BVC).")
        {
            message, book, json,
        };
        stats.SetAction(parse =>
        {
            LobsterStatsResult r;
            try
            {
                r = LobsterStats.Run(parse.GetValue(message)!.ToString(), parse.GetValue(book)!.ToString());
            }
            catch (LobsterFormatException ex)
            {
                throw new CliException(ex.Message, ex);
            }

            if (parse.GetValue(json))
            {
                var doc = new Dictionary<string, object?>
                {
                    ["events"] = r.Events,
                    ["events_by_type"] = r.EventsByType.ToDictionary(kv => kv.Key.ToString(CultureInfo.InvariantCulture), kv => kv.Value),
                    ["spread_time_weighted_cents"] = r.SpreadTimeWeightedCents,
                    ["tick_rule_accuracy"] = r.TickRule.Value,
                    ["quote_rule_accuracy"] = r.QuoteRule.Value,
                    ["lee_ready_accuracy"] = r.LeeReady.Value,
                    ["ofi_r2_full_day"] = r.OfiDay.Fit?.R2,
                    ["ofi_r2_mean_30min"] = r.OfiR2Mean30Min,
                    ["kyle_lambda"] = r.KyleDay.Fit?.Beta,
                    ["vpin_exact"] = r.VpinExact.Value,
                    ["vpin_bvc"] = r.VpinBvc.Value,
                };
                parse.Out().WriteLine(JsonSerializer.Serialize(doc, CliJson.Options));
                return CliApp.ExitOk;
            }

            WriteTable(parse.Ansi(), parse.GetValue(message)!.Name, r);
            return CliApp.ExitOk;
        });
        return stats;
    }

    private static void WriteTable(IAnsiConsole console, string title, LobsterStatsResult r)
    {
        var table = new Table().Title($"[bold]{Markup.Escape(title)}[/]").AddColumn("statistic").AddColumn("value");
        void Row(string k, string v) => table.AddRow(Markup.Escape(k), Markup.Escape(v));
        Row("events", N(r.Events));
        foreach (var (type, count) in r.EventsByType)
        {
            Row($"  type {type} ({(LobsterEventType)type})", N(count));
        }

        Row("executed shares visible / hidden", $"{N(r.ExecutedSharesVisible)} / {N(r.ExecutedSharesHidden)}");
        Row("spread, time-weighted (cents)", F(r.SpreadTimeWeightedCents, "F3"));
        Row("spread, event-weighted (cents)", F(r.SpreadEventWeightedCents, "F3"));
        Row("L1 depth, time-weighted bid / ask", $"{F(r.DepthBidTimeWeighted, "F1")} / {F(r.DepthAskTimeWeighted, "F1")}");
        Row("tick rule accuracy", Acc(r.TickRule));
        Row("quote rule accuracy", Acc(r.QuoteRule));
        Row("  visible (type 4)", Acc(r.QuoteRuleVisible));
        Row("  hidden (type 5)", Acc(r.QuoteRuleHidden));
        Row("Lee-Ready accuracy", Acc(r.LeeReady));
        Row("OFI → ΔP full day", Fit(r.OfiDay));
        Row("OFI → ΔP 30-min mean R² / β", $"{F(r.OfiR2Mean30Min, "F3")} / {F(r.OfiBetaMean30Min, "F5")}");
        Row("OFI R² per 30 min", string.Join(", ", r.OfiBlocks.Select(b => F(b.Fit?.R2, "F3"))));
        Row("Kyle λ (ticks/share)", Fit(r.KyleDay));
        Row("VPIN exact signs", Vpin(r.VpinExact));
        Row("VPIN BVC", $"{Vpin(r.VpinBvc)}, {r.BvcBars} bars, σ ${F(r.BvcSigmaDollars, "F5")}");
        console.Write(table);
    }

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double? v, string format) => v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Acc(LobsterStatsResult.Accuracy a) => $"{F(a.Value, "F4")} ({N(a.Correct)} / {N(a.Denominator)})";

    private static string Fit(RegressionWindow w) => w.Fit is { } f
        ? $"β {f.Beta.ToString("F6", CultureInfo.InvariantCulture)}, α {f.Alpha.ToString("F4", CultureInfo.InvariantCulture)}, R² {f.R2.ToString("F3", CultureInfo.InvariantCulture)} ({w.Bins} bins)"
        : $"- ({w.Bins} bins)";

    private static string Vpin(LobsterStatsResult.Vpins v) =>
        $"{F(v.Value, "F4")} ({v.Buckets} buckets of {v.BucketVolume.ToString("F1", CultureInfo.InvariantCulture)}, min {F(v.Min, "F4")}, max {F(v.Max, "F4")})";
}
