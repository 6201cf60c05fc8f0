using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream baseline show FILE [--cell N] [--top K] [--json]</c>: the days in a baseline file and the §5.4
/// statistics (default parameters) for the trade date after its last day. §5.4 keys the baseline on cells,
/// not instruments, so the filter is a cell index.
/// </summary>
internal static class BaselineShowCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Baseline file written by 'baseline build'" };
        var cell = new Option<int?>("--cell") { Description = "Only this cell (index 0..6899)" };
        var top = new Option<int>("--top") { Description = "Cells listed, highest median first (default 20)", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of tables" };
        var command = new Command("show", "Show a baseline file: its days and the cell statistics for the next trade date.") { file, cell, top, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: file not found");
            }

            if (parse.GetValue(cell) is < 0 or >= BaselineCell.Count)
            {
                throw new CliException($"--cell: got {parse.GetValue(cell)}, expected 0..{BaselineCell.Count - 1}");
            }

            if (parse.GetValue(top) < 1)
            {
                throw new CliException($"--top: got {parse.GetValue(top)}, expected ≥ 1");
            }

            BaselineHistory history;
            try
            {
                history = BaselineFile.Read(path);
            }
            catch (BaselineFormatException ex)
            {
                throw new CliException(ex.Message, ex);
            }

            if (history.Days.Count == 0)
            {
                throw new CliException($"{path}: the file holds no days");
            }

            var today = NextWeekday(history.Days[^1].TradeDate);
            var baseline = VolumeBaseline.Compute(history, today, new BaselineOptions());
            var cells = Selected(baseline, parse.GetValue(cell), parse.GetValue(top));
            if (parse.GetValue(json))
            {
                WriteJson(parse.Out(), path, history, baseline, cells);
            }
            else
            {
                WriteTables(parse.Ansi(), history, baseline, cells);
            }

            return 0;
        });
        return command;
    }

    private static DateOnly NextWeekday(DateOnly d)
    {
        d = d.AddDays(1);
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            d = d.AddDays(1);
        }

        return d;
    }

    private static List<int> Selected(VolumeBaseline baseline, int? only, int top)
    {
        if (only is int c)
        {
            return [c];
        }

        var all = new List<int>();
        for (var i = 0; i < BaselineCell.Count; i++)
        {
            if (baseline.Get(i).Median > 0)
            {
                all.Add(i);
            }
        }

        all.Sort((a, b) => baseline.Get(b).Median.CompareTo(baseline.Get(a).Median) is var k && k != 0 ? k : a.CompareTo(b));
        return all.Count > top ? all[..top] : all;
    }

    private static string Describe(BaselineCell c) => string.Create(CultureInfo.InvariantCulture,
        $"{c.ExpiryClass.ToString().ToLowerInvariant()} dte{c.DteBucket} d{c.DeltaBucket} {(c.IsPut ? "P" : "C")} tod{c.TodBucket}");

    private static void WriteTables(IAnsiConsole console, BaselineHistory history, VolumeBaseline baseline, List<int> cells)
    {
        var inv = CultureInfo.InvariantCulture;
        var days = new Table().Title("days").AddColumns("trade date", "buckets", "cells", "contracts");
        foreach (var day in history.Days)
        {
            long contracts = 0;
            for (var c = 0; c < BaselineCell.Count; c++)
            {
                contracts += day.Volume(c);
            }

            days.AddRow(day.TradeDate.ToString("yyyy-MM-dd", inv), ulong.PopCount(day.CoveredBuckets).ToString(inv), day.NonEmptyCells().ToString(inv), contracts.ToString("N0", inv));
        }

        console.Write(days);
        var stats = new Table().Title("baseline for " + baseline.Today.ToString("yyyy-MM-dd", inv))
            .AddColumns("cell", "key", "days used", "median", "median ln(1+u)", "MAD ln(1+u)");
        foreach (var c in cells)
        {
            var b = baseline.Get(c);
            stats.AddRow(c.ToString(inv), Describe(BaselineCell.FromIndex(c)), b.DaysUsed.ToString(inv), b.Median.ToString("F2", inv), b.LogMedian.ToString("F4", inv), b.LogMad.ToString("F4", inv));
        }

        console.Write(stats);
    }

    private static void WriteJson(TextWriter output, string path, BaselineHistory history, VolumeBaseline baseline, List<int> cells)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = CliJson.Options.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("file", path);
            w.WriteString("today", baseline.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteStartArray("days");
            foreach (var day in history.Days)
            {
                w.WriteStartObject();
                w.WriteString("trade_date", day.TradeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteNumber("covered_buckets", ulong.PopCount(day.CoveredBuckets));
                w.WriteNumber("cells", day.NonEmptyCells());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("cells");
            foreach (var c in cells)
            {
                var b = baseline.Get(c);
                var key = BaselineCell.FromIndex(c);
                w.WriteStartObject();
                w.WriteNumber("cell", c);
                w.WriteString("expiry_class", key.ExpiryClass.ToString().ToLowerInvariant());
                w.WriteNumber("dte_bucket", key.DteBucket);
                w.WriteNumber("delta_bucket", key.DeltaBucket);
                w.WriteString("right", key.IsPut ? "P" : "C");
                w.WriteNumber("tod_bucket", key.TodBucket);
                w.WriteNumber("days_used", b.DaysUsed);
                w.WriteNumber("median", b.Median);
                w.WriteNumber("log_median", b.LogMedian);
                w.WriteNumber("log_mad", b.LogMad);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
