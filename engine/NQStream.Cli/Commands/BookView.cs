using System.Globalization;
using NQStream.Market.Book;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>What <c>nqstream book</c> prints: the published view of each book of the instrument (one per publisher).</summary>
internal sealed record BookView(string File, string Query, uint InstrumentId, ulong At, IReadOnlyList<OrderBook> Books)
{
    public object ToJson() => new
    {
        file = File,
        instrument = Query,
        instrument_id = InstrumentId,
        at = At,
        at_utc = Timestamps.Format(At),
        books = Books.Select(b => new
        {
            publisher_id = b.PublisherId,
            published_ts_event = b.Publications > 0 ? b.Top.TsEvent : (ulong?)null,
            state = StateName(b.Top.State),
            records = b.Records,
            orders = b.OrderCount,
            bids = Levels(b.PublishedBids),
            asks = Levels(b.PublishedAsks),
            integrity = IntegrityJson(b.Integrity),
        }),
    };

    public void Render(IAnsiConsole console)
    {
        var title = $"book {Query} (instrument_id {InstrumentId.ToString(CultureInfo.InvariantCulture)}) at {Timestamps.Format(At)}";
        if (Books.Count == 0)
        {
            console.WriteLine(title);
            console.WriteLine("no MBO records for the instrument at or before this time: empty book");
            return;
        }

        foreach (var b in Books)
        {
            var i = b.Integrity;
            var info = new Table().Title(Markup.Escape($"{title}, publisher {b.PublisherId.ToString(CultureInfo.InvariantCulture)}")).AddColumn("").AddColumn("");
            info.HideHeaders();
            info.AddRow("published at", b.Publications > 0 ? Timestamps.Format(b.Top.TsEvent) : "- (no F_LAST yet)");
            info.AddRow("state", StateName(b.Top.State));
            info.AddRow("records / orders", $"{N(b.Records)} / {N(b.OrderCount)}");
            info.AddRow("integrity", $"crossed {N(i.Crossed)}, locked {N(i.Locked)}, unknown order {N(i.UnknownOrder)}, negative size {N(i.NegativeSize)}, duplicate add {N(i.DuplicateAdd)}, malformed {N(i.Malformed)}, maybe bad book {N(i.MaybeBadBook)}");
            console.Write(info);

            var ladder = new Table().AddColumns(
                new TableColumn("bid ct").RightAligned(), new TableColumn("bid size").RightAligned(), new TableColumn("bid px").RightAligned(),
                new TableColumn("ask px").RightAligned(), new TableColumn("ask size").RightAligned(), new TableColumn("ask ct").RightAligned());
            var bids = b.PublishedBids;
            var asks = b.PublishedAsks;
            for (var d = 0; d < Math.Max(bids.Length, asks.Length); d++)
            {
                var (bc, bs, bp) = d < bids.Length ? (N(bids[d].Count), N(bids[d].Size), Prices.Format(bids[d].Price)) : ("", "", "");
                var (ap, az, ac) = d < asks.Length ? (Prices.Format(asks[d].Price), N(asks[d].Size), N(asks[d].Count)) : ("", "", "");
                ladder.AddRow(bc, bs, bp, ap, az, ac);
            }

            if (bids.Length + asks.Length == 0)
            {
                console.WriteLine("(empty book)");
            }
            else
            {
                console.Write(ladder);
            }
        }
    }

    /// <summary>Integrity counts as the JSON object shared with <c>dbn check</c>.</summary>
    public static object IntegrityJson(in BookIntegrity i) => new
    {
        crossed = i.Crossed,
        locked = i.Locked,
        unknown_order = i.UnknownOrder,
        negative_size = i.NegativeSize,
        duplicate_add = i.DuplicateAdd,
        malformed = i.Malformed,
        maybe_bad_book = i.MaybeBadBook,
    };

    private static object[] Levels(ReadOnlySpan<DepthLevel> levels)
    {
        var rows = new object[levels.Length];
        for (var d = 0; d < levels.Length; d++)
        {
            rows[d] = new { price = levels[d].Price, px = Prices.Format(levels[d].Price), size = levels[d].Size, count = levels[d].Count };
        }

        return rows;
    }

    private static string StateName(BookState s) => s switch
    {
        BookState.Ok => "ok",
        BookState.Empty => "empty",
        BookState.OneSided => "one_sided",
        BookState.Crossed => "crossed",
        BookState.Locked => "locked",
        _ => "suspect",
    };

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
}
