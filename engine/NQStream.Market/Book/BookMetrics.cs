using System.Diagnostics.Metrics;

namespace NQStream.Market.Book;

/// <summary>
/// Integrity counters for every book, as totals by problem kind on the meter
/// <see cref="MeterName"/>. No per-instrument tag (60,000+ instruments would explode the series);
/// per-instrument counts are in <see cref="OrderBook.Integrity"/> and the check report.
/// </summary>
public sealed class BookMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "NQStream.Market.Book";

    /// <summary>Creates the counters on <paramref name="meter"/>.</summary>
    public BookMetrics(Meter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        Crossed = meter.CreateCounter<long>("nqstream.book.crossed", "{publication}", "Book views published with best bid above best ask");
        Locked = meter.CreateCounter<long>("nqstream.book.locked", "{publication}", "Book views published with best bid equal to best ask");
        UnknownOrder = meter.CreateCounter<long>("nqstream.book.unknown_order", "{record}", "Cancel or modify for an order id not in the book");
        NegativeSize = meter.CreateCounter<long>("nqstream.book.negative_size", "{record}", "Cancel larger than the resting size");
        DuplicateAdd = meter.CreateCounter<long>("nqstream.book.duplicate_add", "{record}", "Add for an order id already resting");
        Malformed = meter.CreateCounter<long>("nqstream.book.malformed", "{record}", "Add or modify with no side or an undefined price");
        MaybeBadBook = meter.CreateCounter<long>("nqstream.book.maybe_bad_book", "{record}", "Records flagged F_MAYBE_BAD_BOOK (book suspect until the next clear)");
    }

    /// <summary>Process-wide instance on a shared <see cref="Meter"/> named <see cref="MeterName"/>.</summary>
    public static BookMetrics Shared { get; } = new(new Meter(MeterName));

    /// <summary>Crossed publications.</summary>
    public Counter<long> Crossed { get; }

    /// <summary>Locked publications.</summary>
    public Counter<long> Locked { get; }

    /// <summary>Unknown order ids on cancel/modify.</summary>
    public Counter<long> UnknownOrder { get; }

    /// <summary>Cancels larger than the resting size.</summary>
    public Counter<long> NegativeSize { get; }

    /// <summary>Adds for resting order ids.</summary>
    public Counter<long> DuplicateAdd { get; }

    /// <summary>Adds/modifies that could not be applied.</summary>
    public Counter<long> Malformed { get; }

    /// <summary>Records flagged <c>F_MAYBE_BAD_BOOK</c>.</summary>
    public Counter<long> MaybeBadBook { get; }
}
