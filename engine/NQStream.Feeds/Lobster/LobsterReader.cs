using NQStream.Market.Dbn;
using NQStream.Market.Events;

namespace NQStream.Feeds.Lobster;

/// <summary>
/// Streams a LOBSTER message file and its order-book file in lockstep (row k of the book is the state
/// after message k) and normalizes each message into <see cref="MarketEvent"/>s (<see cref="LobsterEventMapper"/>)
/// plus the level-1 <see cref="LobsterQuote"/>. Times (seconds after midnight, exchange local time) become
/// ns since the UNIX epoch using the trading date of the file name; prices (dollars × 10,000) become
/// 1e-9 fixed point. Every malformed row raises a <see cref="LobsterFormatException"/> naming file, line
/// and column. No allocation per row.
/// </summary>
public sealed class LobsterReader : IDisposable
{
    /// <summary>Most events one message row produces (visible execution: T, F, C).</summary>
    public const int MaxEventsPerRow = 3;

    /// <summary>LOBSTER price unit (1e-4) to fixed point (1e-9).</summary>
    public const long PriceToFixed = 100_000;

    /// <summary>Dummy ask price of an empty ask side.</summary>
    public const long DummyAskPrice = 9_999_999_999;

    /// <summary>Dummy bid price of an empty bid side.</summary>
    public const long DummyBidPrice = -9_999_999_999;

    /// <summary>Default exchange time zone (Nasdaq).</summary>
    public const string DefaultTimeZone = "America/New_York";

    private const int MessageColumns = 6;
    private readonly CsvLineReader _messages;
    private readonly CsvLineReader _book;
    private readonly LobsterEventMapper _mapper;
    private readonly long _midnightNs;
    private long _lastTimeNs = long.MinValue;
    private long _rows;

    /// <summary>Opens both files.</summary>
    /// <param name="messagePath">The <c>…_message_LEVEL.csv</c> file.</param>
    /// <param name="orderbookPath">The matching <c>…_orderbook_LEVEL.csv</c> file.</param>
    /// <param name="instrumentId">Instrument id written into every event.</param>
    /// <param name="timeZoneId">Exchange time zone of the timestamps.</param>
    public LobsterReader(string messagePath, string orderbookPath, uint instrumentId = 0, string timeZoneId = DefaultTimeZone)
    {
        MessagePath = messagePath;
        OrderbookPath = orderbookPath;
        Name = LobsterFileName.Parse(messagePath);
        var bookName = LobsterFileName.Parse(orderbookPath);
        if (Name.Kind != "message")
        {
            throw new LobsterFormatException(messagePath, 0, 0, "expected a message file (…_message_LEVEL.csv) as the first file");
        }

        if (bookName.Kind != "orderbook" || bookName with { Kind = "message" } != Name)
        {
            throw new LobsterFormatException(orderbookPath, 0, 0, $"expected the order-book file matching {Path.GetFileName(messagePath)} (same ticker, date, times and level)");
        }

        var tz = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var offset = tz.GetUtcOffset(Name.Date.ToDateTime(new TimeOnly(12, 0)));
        _midnightNs = ((Name.Date.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber) * 86_400L * 1_000_000_000L) - (offset.Ticks * 100);
        _mapper = new LobsterEventMapper(instrumentId);
        _messages = new CsvLineReader(Open(messagePath));
        try
        {
            _book = new CsvLineReader(Open(orderbookPath));
        }
        catch
        {
            _messages.Dispose();
            throw;
        }
    }

    /// <summary>Path of the message file.</summary>
    public string MessagePath { get; }

    /// <summary>Path of the order-book file.</summary>
    public string OrderbookPath { get; }

    /// <summary>Ticker, date, session and level from the file name.</summary>
    public LobsterFileName Name { get; }

    /// <summary>Session start (file name StartTime) in ns since the UNIX epoch.</summary>
    public long SessionStartNs => _midnightNs + (Name.StartMs * 1_000_000);

    /// <summary>Session end (file name EndTime) in ns since the UNIX epoch.</summary>
    public long SessionEndNs => _midnightNs + (Name.EndMs * 1_000_000);

    /// <summary>Rows read so far.</summary>
    public long Rows => _rows;

    /// <summary>Reads the next row pair.</summary>
    /// <param name="events">Receives the row's normalized events (at least <see cref="MaxEventsPerRow"/> slots).</param>
    /// <param name="row">The parsed row; <see cref="LobsterRow.EventCount"/> events were written.</param>
    /// <returns>False when both files ended together.</returns>
    public bool TryRead(Span<MarketEvent> events, out LobsterRow row)
    {
        if (events.Length < MaxEventsPerRow)
        {
            throw new ArgumentException($"need room for {MaxEventsPerRow} events", nameof(events));
        }

        var hasMessage = ReadLine(_messages, MessagePath, out var message);
        var hasBook = ReadLine(_book, OrderbookPath, out var book);
        if (!hasMessage || !hasBook)
        {
            if (hasMessage)
            {
                throw new LobsterFormatException(OrderbookPath, _book.LineNumber + 1, 0, $"expected a book row for message line {_messages.LineNumber}, got end of file");
            }

            if (hasBook)
            {
                throw new LobsterFormatException(MessagePath, _messages.LineNumber + 1, 0, $"expected a message row for book line {_book.LineNumber}, got end of file");
            }

            row = default;
            return false;
        }

        var line = _messages.LineNumber;
        Span<Range> f = stackalloc Range[MessageColumns];
        var n = CsvFields.Split(message, f);
        if (n != MessageColumns)
        {
            throw new LobsterFormatException(MessagePath, line, 0, $"expected {MessageColumns} columns (time,type,order id,size,price,direction), got {n}");
        }

        var tod = CsvFields.SecondsToNs(message[f[0]], MessagePath, line, 1, "time");
        if (tod < _lastTimeNs)
        {
            throw CsvFields.Bad(message[f[0]], MessagePath, line, 1, "time", "a time not before the previous row's");
        }

        _lastTimeNs = tod;
        var typeRaw = CsvFields.Int(message[f[1]], MessagePath, line, 2, "type");
        if (typeRaw is < 1 or > 7)
        {
            throw CsvFields.Bad(message[f[1]], MessagePath, line, 2, "type", "an event type 1..7");
        }

        var type = (LobsterEventType)typeRaw;
        var orderId = CsvFields.Int(message[f[2]], MessagePath, line, 3, "order id");
        if (orderId < 0)
        {
            throw CsvFields.Bad(message[f[2]], MessagePath, line, 3, "order id", "a non-negative integer");
        }

        var size = CsvFields.Int(message[f[3]], MessagePath, line, 4, "size");
        if (size < (type == LobsterEventType.Halt ? 0 : 1) || size > uint.MaxValue)
        {
            throw CsvFields.Bad(message[f[3]], MessagePath, line, 4, "size", type == LobsterEventType.Halt ? "a non-negative share count" : "a positive share count");
        }

        var price = CsvFields.Int(message[f[4]], MessagePath, line, 5, "price");
        if (type == LobsterEventType.Halt ? price is < -1 or > 1 : price <= 0 || price >= DummyAskPrice)
        {
            throw CsvFields.Bad(message[f[4]], MessagePath, line, 5, "price", type == LobsterEventType.Halt ? "a halt code -1, 0 or 1" : "a positive price in dollars x 10000");
        }

        var direction = CsvFields.Int(message[f[5]], MessagePath, line, 6, "direction");
        if (direction is not (1 or -1))
        {
            throw CsvFields.Bad(message[f[5]], MessagePath, line, 6, "direction", "1 (buy) or -1 (sell)");
        }

        var quote = ParseBook(book, _book.LineNumber);
        var ts = (ulong)(_midnightNs + tod);
        var fixedPrice = type == LobsterEventType.Halt ? price : price * PriceToFixed;
        var count = _mapper.Map(type, ts, (uint)_rows, (ulong)orderId, (uint)size, fixedPrice, (int)direction, events);
        row = new LobsterRow(_rows, ts, type, (ulong)orderId, (uint)size, fixedPrice, (int)direction, quote, count);
        _rows++;
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _messages.Dispose();
        _book.Dispose();
    }

    private LobsterQuote ParseBook(ReadOnlySpan<byte> line, long lineNo)
    {
        Span<Range> f = stackalloc Range[4];
        var n = CsvFields.Split(line, f);
        if (n != 4 * Name.Level)
        {
            throw new LobsterFormatException(OrderbookPath, lineNo, 0, $"expected {4 * Name.Level} columns (ask price, ask size, bid price, bid size per level), got {n}");
        }

        var (askPx, askSz) = Side(line[f[0]], line[f[1]], lineNo, 1, "ask", DummyAskPrice);
        var (bidPx, bidSz) = Side(line[f[2]], line[f[3]], lineNo, 3, "bid", DummyBidPrice);
        return new LobsterQuote(askPx, askSz, bidPx, bidSz);
    }

    private (long Px, long Sz) Side(ReadOnlySpan<byte> pxField, ReadOnlySpan<byte> szField, long lineNo, int column, string side, long dummy)
    {
        var px = CsvFields.Int(pxField, OrderbookPath, lineNo, column, $"{side} price");
        var sz = CsvFields.Int(szField, OrderbookPath, lineNo, column + 1, $"{side} size");
        if (sz < 0)
        {
            throw CsvFields.Bad(szField, OrderbookPath, lineNo, column + 1, $"{side} size", "a non-negative share count");
        }

        if (px == dummy)
        {
            if (sz != 0)
            {
                throw CsvFields.Bad(szField, OrderbookPath, lineNo, column + 1, $"{side} size", "0 on an empty side (dummy price)");
            }

            return (DbnConstants.UndefPrice, 0);
        }

        if (px <= 0 || px >= DummyAskPrice)
        {
            throw CsvFields.Bad(pxField, OrderbookPath, lineNo, column, $"{side} price", $"a positive price in dollars x 10000 or the dummy {dummy}");
        }

        return (px * PriceToFixed, sz);
    }

    private static bool ReadLine(CsvLineReader reader, string path, out ReadOnlySpan<byte> line)
    {
        try
        {
            return reader.TryReadLine(out line);
        }
        catch (InvalidDataException ex)
        {
            throw new LobsterFormatException(path, reader.LineNumber + 1, 0, ex.Message);
        }
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
}
