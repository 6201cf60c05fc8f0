using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Quality;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream dbn check FILE</c>: data quality — per-instrument sequence gaps, ts_event going backwards,
/// ts_recv before ts_event, unknown record types — and, for MBO records, order-book integrity (crossed
/// books, unknown order ids, cancels larger than the resting size, duplicate adds) from books built while
/// checking; as a table or <c>--json</c>.
/// </summary>
internal static class DbnCheckCommand
{
    public static Command Create()
    {
        var input = new DbnInput();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables" };
        var top = new Option<int>("--top") { Description = "Instruments listed in the table (most problems first)", DefaultValueFactory = _ => 20 };
        var cmd = new Command("check", "Data-quality check: sequence gaps, ts_event going backwards, ts_recv before ts_event, unknown record types, order-book integrity (MBO).");
        input.AddTo(cmd);
        cmd.Options.Add(json);
        cmd.Options.Add(top);
        cmd.SetAction(parse =>
        {
            using var reader = input.Open(parse, upgrade: true, allowUnknown: true);
            var checker = new DbnQualityChecker();
            var books = new BookSet();
            while (reader.TryRead(out var rec))
            {
                checker.Observe(rec);
                if (rec.RType == RType.Mbo)
                {
                    books.Apply(MarketEvent.FromMbo(in rec.As<MboMsg>()));
                }
            }

            var bookTotals = books.TotalIntegrity();
            var bookBy = IntegrityByInstrument(books);
            long BookProblems(InstrumentQuality i) => bookBy.TryGetValue(i.InstrumentId, out var b) ? b.Problems : 0;

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
            var bookJson = new
            {
                books = books.Books.Count,
                crossed = bookTotals.Crossed,
                locked = bookTotals.Locked,
                unknown_order = bookTotals.UnknownOrder,
                negative_size = bookTotals.NegativeSize,
                duplicate_add = bookTotals.DuplicateAdd,
                malformed = bookTotals.Malformed,
                maybe_bad_book = bookTotals.MaybeBadBook,
            };
            if (parse.GetValue(json))
            {
                var doc = new
                {
                    file = reader.Source,
                    totals,
                    book = bookJson,
                    unknown_rtypes = checker.UnknownRTypes.ToDictionary(kv => $"0x{kv.Key:X2}", kv => kv.Value),
                    instruments = instruments.Where(i => i.Problems + BookProblems(i) > 0).Select(i => new
                    {
                        instrument_id = i.InstrumentId,
                        records = i.Records,
                        sequence_gaps = i.SequenceGaps,
                        missing_sequences = i.MissingSequences,
                        sequence_backwards = i.SequenceBackwards,
                        ts_event_backwards = i.TsEventBackwards,
                        ts_recv_before_ts_event = i.TsRecvBeforeTsEvent,
                        book = bookBy.TryGetValue(i.InstrumentId, out var b) ? BookView.IntegrityJson(b) : null,
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
            if (books.Books.Count > 0)
            {
                summary.AddRow("order books (instrument, publisher)", N(books.Books.Count));
                summary.AddRow("book: crossed publications (locked)", $"{N(bookTotals.Crossed)} ({N(bookTotals.Locked)})");
                summary.AddRow("book: unknown order id on cancel/modify", N(bookTotals.UnknownOrder));
                summary.AddRow("book: cancel larger than resting size", N(bookTotals.NegativeSize));
                summary.AddRow("book: duplicate add", N(bookTotals.DuplicateAdd));
                summary.AddRow("book: malformed add/modify", N(bookTotals.Malformed));
                summary.AddRow("book: F_MAYBE_BAD_BOOK records", N(bookTotals.MaybeBadBook));
            }

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

            var badBooks = bookBy.Where(kv => kv.Value.Problems > 0).OrderByDescending(kv => kv.Value.Problems).ThenBy(kv => kv.Key).Take(parse.GetValue(top)).ToList();
            if (badBooks.Count > 0)
            {
                var t = new Table().Title("order books with integrity problems").AddColumns("instrument_id", "crossed", "locked", "unknown order", "negative size", "duplicate add", "malformed");
                foreach (var (id, b) in badBooks)
                {
                    t.AddRow(id.ToString(CultureInfo.InvariantCulture), N(b.Crossed), N(b.Locked), N(b.UnknownOrder), N(b.NegativeSize), N(b.DuplicateAdd), N(b.Malformed));
                }

                console.Write(t);
            }

            if (bad.Count + badBooks.Count == 0)
            {
                console.WriteLine("no problems found");
            }

            return CliApp.ExitOk;
        });
        return cmd;
    }

    /// <summary>Book integrity per instrument, summed over publishers.</summary>
    private static Dictionary<uint, BookIntegrity> IntegrityByInstrument(BookSet books)
    {
        var by = new Dictionary<uint, BookIntegrity>();
        foreach (var b in books.Books)
        {
            var sum = by.GetValueOrDefault(b.InstrumentId);
            sum.Add(b.Integrity);
            by[b.InstrumentId] = sum;
        }

        return by;
    }
}
