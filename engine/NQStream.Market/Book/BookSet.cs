using NQStream.Market.Events;

namespace NQStream.Market.Book;

/// <summary>
/// All order books of a stream, one per (instrument_id, publisher_id) (docs/dbn.md §10). Looks books
/// up through an open-addressing map (the last book used is cached: consecutive records of one
/// instrument skip the lookup); a new book is allocated only the first time an instrument appears.
/// </summary>
public sealed class BookSet
{
    private readonly BookOptions _options;
    private readonly BookMetrics? _metrics;
    private readonly OrderMap _index = new(64);
    private readonly List<OrderBook> _books = [];
    private OrderBook? _last;
    private ulong _lastKey;
    private int _lastIndex;

    /// <summary>Creates an empty set.</summary>
    /// <param name="options">Options for every book; <see cref="BookOptions.Default"/> when null.</param>
    /// <param name="metrics">Integrity totals sink; <see cref="BookMetrics.Shared"/> when null.</param>
    public BookSet(BookOptions? options = null, BookMetrics? metrics = null)
    {
        _options = options ?? BookOptions.Default;
        _metrics = metrics ?? BookMetrics.Shared;
    }

    /// <summary>The books, in order of first appearance.</summary>
    public IReadOnlyList<OrderBook> Books => _books;

    /// <summary>Applies an event to its book; returns that book, or null for a non-MBO event.</summary>
    public OrderBook? Apply(in MarketEvent e)
    {
        if (e.Kind != EventKind.Mbo)
        {
            return null;
        }

        var book = GetOrAdd(e.InstrumentId, e.PublisherId, out _);
        book.Apply(in e);
        return book;
    }

    /// <summary>
    /// The book of (<paramref name="instrumentId"/>, <paramref name="publisherId"/>), created empty when absent.
    /// <paramref name="index"/> is its position in <see cref="Books"/> (stable: books are never removed), so callers
    /// can keep per-book state in a parallel list; a new book gets index <c>Books.Count - 1</c>.
    /// </summary>
    public OrderBook GetOrAdd(uint instrumentId, ushort publisherId, out int index)
    {
        var key = Key(instrumentId, publisherId);
        var book = _last;
        if (book is null || key != _lastKey)
        {
            var i = _index.Find(key);
            if (i < 0)
            {
                i = _books.Count;
                _index.Add(key, i);
                _books.Add(new OrderBook(instrumentId, publisherId, _options, _metrics));
            }

            book = _books[i];
            _last = book;
            _lastKey = key;
            _lastIndex = i;
        }

        index = _lastIndex;
        return book;
    }

    /// <summary>The book of (<paramref name="instrumentId"/>, <paramref name="publisherId"/>), or null.</summary>
    public OrderBook? Find(uint instrumentId, ushort publisherId)
    {
        var i = _index.Find(Key(instrumentId, publisherId));
        return i >= 0 ? _books[i] : null;
    }

    /// <summary>Integrity counts summed over every book.</summary>
    public BookIntegrity TotalIntegrity()
    {
        var total = default(BookIntegrity);
        foreach (var b in _books)
        {
            total.Add(b.Integrity);
        }

        return total;
    }

    private static ulong Key(uint instrumentId, ushort publisherId) => ((ulong)publisherId << 32) | instrumentId;
}
