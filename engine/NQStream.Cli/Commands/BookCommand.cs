using System.CommandLine;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream book FILE --instrument ID|SYMBOL --at TIMESTAMP [--depth N] [--json]</c>: replays the
/// instrument's MBO records up to the first with <c>ts_event</c> after TIMESTAMP and prints the view
/// published at the last <c>F_LAST</c> before that: a depth ladder, its state and integrity counts.
/// </summary>
internal static class BookCommand
{
    public static Command Create()
    {
        var input = new DbnInput();
        var instrument = new Option<string>("--instrument") { Description = "Instrument id, or raw symbol (from the file's definitions or metadata mappings)", Required = true };
        var at = new Option<string>("--at") { Description = "Event time: ns since the epoch or ISO-8601 UTC, e.g. 2020-12-28T13:00:00.0001Z", Required = true };
        var depth = new Option<int>("--depth") { Description = "Price levels per side", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables" };
        var cmd = new Command("book", "Print the order book of one instrument at a moment, built from MBO records (view after the last F_LAST at or before it).");
        input.AddTo(cmd);
        cmd.Options.Add(instrument);
        cmd.Options.Add(at);
        cmd.Options.Add(depth);
        cmd.Options.Add(json);
        cmd.SetAction(parse =>
        {
            var levels = parse.GetValue(depth);
            if (levels is < 1 or > 1000)
            {
                throw new CliException($"--depth {levels}: expected 1 to 1000 levels");
            }

            var atNs = Timestamps.Parse(parse.GetValue(at)!, "--at");
            var symbol = parse.GetValue(instrument)!;
            var id = InstrumentResolver.Resolve(symbol, atNs, () => input.Open(parse, upgrade: true, allowUnknown: true));
            using var reader = input.Open(parse, upgrade: true, allowUnknown: true);
            if (reader.Metadata is { } meta && meta.Schema != (ushort)Schema.Mbo && meta.Schema != (ushort)Schema.Mixed)
            {
                throw new CliException($"{reader.Source}: schema {SchemaNames.Of(meta.Schema)} has no order book (expected mbo)");
            }

            var books = Replay(reader, id, atNs, levels);
            var view = new BookView(reader.Source, symbol, id, atNs, books);
            if (parse.GetValue(json))
            {
                parse.Out().WriteLine(JsonSerializer.Serialize(view.ToJson(), CliJson.Options));
            }
            else
            {
                view.Render(parse.Ansi());
            }

            return CliApp.ExitOk;
        });
        return cmd;
    }

    private static IReadOnlyList<OrderBook> Replay(DbnReader reader, uint id, ulong at, int depth)
    {
        var set = new BookSet(new BookOptions { PublishDepth = depth, InitialOrders = 1024, InitialLevels = 64 });
        while (reader.TryRead(out var rec))
        {
            if (rec.RType != RType.Mbo || rec.InstrumentId != id)
            {
                continue;
            }

            ref readonly var mbo = ref rec.As<MboMsg>();
            if (mbo.Hd.TsEvent > at)
            {
                break;
            }

            set.Apply(MarketEvent.FromMbo(in mbo));
        }

        return set.Books;
    }
}
