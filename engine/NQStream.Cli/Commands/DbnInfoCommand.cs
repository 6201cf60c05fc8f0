using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Quality;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary><c>nqstream dbn info FILE</c>: version, dataset, schema, time range, symbols, record counts by type.</summary>
internal static class DbnInfoCommand
{
    public static Command Create()
    {
        var input = new DbnInput();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var cmd = new Command("info", "Summarise a DBN file: version, dataset, schema, time range, symbols, record counts by type.");
        input.AddTo(cmd);
        cmd.Options.Add(json);
        cmd.SetAction(parse =>
        {
            using var reader = input.Open(parse, upgrade: true, allowUnknown: true);
            var stats = new DbnQualityChecker();
            while (reader.TryRead(out var rec))
            {
                stats.Observe(rec);
            }

            var m = reader.Metadata;
            var counts = stats.CountsByRType.ToDictionary(kv => RType.Name(kv.Key), kv => kv.Value);
            if (parse.GetValue(json))
            {
                var doc = new
                {
                    file = reader.Source,
                    version = reader.Version,
                    compressed = reader.Compressed,
                    fragment = m is null,
                    dataset = m?.Dataset,
                    schema = m is null ? null : SchemaNames.Of(m.Schema),
                    stype_in = m is null ? null : SchemaNames.SType(m.StypeIn),
                    stype_out = m is null ? null : SchemaNames.SType(m.StypeOut),
                    start = m?.Start,
                    end = m?.End,
                    first_ts_event = stats.Records > 0 ? stats.MinTsEvent : (ulong?)null,
                    last_ts_event = stats.Records > 0 ? stats.MaxTsEvent : (ulong?)null,
                    symbols = m?.Symbols,
                    mappings = m?.Mappings.Count,
                    instruments = stats.Instruments.Count,
                    records = stats.Records,
                    records_by_type = counts,
                };
                parse.Out().WriteLine(JsonSerializer.Serialize(doc, CliJson.Options));
                return CliApp.ExitOk;
            }

            var console = parse.Ansi();
            var table = new Table().Title($"[bold]{Markup.Escape(reader.Source)}[/]").AddColumn("field").AddColumn("value");
            void Row(string k, string v) => table.AddRow(Markup.Escape(k), Markup.Escape(v));
            Row("version", reader.Version.ToString(CultureInfo.InvariantCulture) + (reader.Compressed ? " (zstd)" : ""));
            if (m is null)
            {
                Row("header", "none (fragment)");
            }
            else
            {
                Row("dataset", m.Dataset);
                Row("schema", SchemaNames.Of(m.Schema));
                Row("stype in → out", $"{SchemaNames.SType(m.StypeIn)} → {SchemaNames.SType(m.StypeOut)}");
                Row("query start", Timestamps.Format(m.Start));
                Row("query end", Timestamps.Format(m.End));
                Row("symbols", m.Symbols.Count == 0 ? "-" : string.Join(", ", m.Symbols.Take(20)) + (m.Symbols.Count > 20 ? $" … ({m.Symbols.Count})" : ""));
                Row("mappings", m.Mappings.Count.ToString(CultureInfo.InvariantCulture));
            }

            Row("first ts_event", stats.Records > 0 ? Timestamps.Format(stats.MinTsEvent) : "-");
            Row("last ts_event", stats.Records > 0 ? Timestamps.Format(stats.MaxTsEvent) : "-");
            Row("instruments", stats.Instruments.Count.ToString(CultureInfo.InvariantCulture));
            Row("records", stats.Records.ToString("N0", CultureInfo.InvariantCulture));
            foreach (var (name, count) in counts)
            {
                Row($"  {name}", count.ToString("N0", CultureInfo.InvariantCulture));
            }

            console.Write(table);
            return CliApp.ExitOk;
        });
        return cmd;
    }
}
