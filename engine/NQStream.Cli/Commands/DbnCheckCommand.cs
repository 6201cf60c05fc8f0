using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn.Quality;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream dbn check FILE</c>: data quality — per-instrument sequence gaps, ts_event going backwards,
/// ts_recv before ts_event, unknown record types — as a table or <c>--json</c>.
/// </summary>
internal static class DbnCheckCommand
{
    public static Command Create()
    {
        var input = new DbnInput();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables" };
        var top = new Option<int>("--top") { Description = "Instruments listed in the table (most problems first)", DefaultValueFactory = _ => 20 };
        var cmd = new Command("check", "Data-quality check: sequence gaps, ts_event going backwards, ts_recv before ts_event, unknown record types.");
        input.AddTo(cmd);
        cmd.Options.Add(json);
        cmd.Options.Add(top);
        cmd.SetAction(parse =>
        {
            using var reader = input.Open(parse, upgrade: true, allowUnknown: true);
            var checker = new DbnQualityChecker();
            while (reader.TryRead(out var rec))
            {
                checker.Observe(rec);
            }

            var instruments = checker.Instruments;
            var totals = new
            {
                records = checker.Records,
                instruments = instruments.Count,
                sequence_gaps = instruments.Sum(i => i.SequenceGaps),
                missing_sequences = instruments.Sum(i => i.MissingSequences),
                sequence_backwards = instruments.Sum(i => i.SequenceBackwards),
                ts_event_backwards = instruments.Sum(i => i.TsEventBackwards),
                ts_recv_before_ts_event = instruments.Sum(i => i.TsRecvBeforeTsEvent),
                unknown_records = checker.UnknownRTypes.Values.Sum(),
            };
            if (parse.GetValue(json))
            {
                var doc = new
                {
                    file = reader.Source,
                    totals,
                    unknown_rtypes = checker.UnknownRTypes.ToDictionary(kv => $"0x{kv.Key:X2}", kv => kv.Value),
                    instruments = instruments.Where(i => i.Problems > 0).Select(i => new
                    {
                        instrument_id = i.InstrumentId,
                        records = i.Records,
                        sequence_gaps = i.SequenceGaps,
                        missing_sequences = i.MissingSequences,
                        sequence_backwards = i.SequenceBackwards,
                        ts_event_backwards = i.TsEventBackwards,
                        ts_recv_before_ts_event = i.TsRecvBeforeTsEvent,
                    }),
                };
                parse.Out().WriteLine(JsonSerializer.Serialize(doc, CliJson.Options));
                return CliApp.ExitOk;
            }

            var console = parse.Ansi();
            var summary = new Table().Title($"[bold]data quality: {Markup.Escape(reader.Source)}[/]").AddColumn("check").AddColumn(new TableColumn("count").RightAligned());
            static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
            summary.AddRow("records", N(totals.records));
            summary.AddRow("instruments", N(totals.instruments));
            summary.AddRow("sequence gaps (missing numbers)", $"{N(totals.sequence_gaps)} ({N(totals.missing_sequences)})");
            summary.AddRow("sequence going backwards", N(totals.sequence_backwards));
            summary.AddRow("ts_event going backwards", N(totals.ts_event_backwards));
            summary.AddRow("ts_recv before ts_event", N(totals.ts_recv_before_ts_event));
            summary.AddRow("unknown record types", N(totals.unknown_records) + (checker.UnknownRTypes.Count > 0 ? " (" + string.Join(", ", checker.UnknownRTypes.Keys.Select(k => $"0x{k:X2}")) + ")" : ""));
            console.Write(summary);
            var bad = instruments.Where(i => i.Problems > 0).OrderByDescending(i => i.Problems).ThenBy(i => i.InstrumentId).Take(parse.GetValue(top)).ToList();
            if (bad.Count > 0)
            {
                var t = new Table().Title("instruments with problems").AddColumns("instrument_id", "records", "seq gaps", "missing", "seq back", "ts_event back", "recv<event");
                foreach (var i in bad)
                {
                    t.AddRow(i.InstrumentId.ToString(CultureInfo.InvariantCulture), N(i.Records), N(i.SequenceGaps), N(i.MissingSequences), N(i.SequenceBackwards), N(i.TsEventBackwards), N(i.TsRecvBeforeTsEvent));
                }

                console.Write(t);
            }
            else
            {
                console.WriteLine("no problems found");
            }

            return CliApp.ExitOk;
        });
        return cmd;
    }
}
