using FluentAssertions;
using NQStream.Feeds.Lobster;
using NQStream.Market.Dbn;
using NQStream.Market.Events;
using Xunit;

namespace NQStream.Feeds.Tests.Lobster;

public sealed class LobsterReaderTests
{
    private const string Book = "2239500,100,2238100,21\n";

    private static List<(LobsterRow Row, MarketEvent[] Events)> ReadAll(string message, string book, string date = "2012-06-21")
    {
        var (m, b) = LobsterFiles.Write(message, book, date);
        using var reader = new LobsterReader(m, b, instrumentId: 7);
        var result = new List<(LobsterRow, MarketEvent[])>();
        var events = new MarketEvent[LobsterReader.MaxEventsPerRow];
        while (reader.TryRead(events, out var row))
        {
            result.Add((row, events[..row.EventCount]));
        }

        return result;
    }

    private static ulong Utc(int year, int month, int day, int hour, int minute, int second) =>
        (ulong)new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000UL;

    [Fact]
    public void Times_become_utc_nanoseconds_of_the_trading_date_in_new_york_time()
    {
        var summer = ReadAll("34200.017459617,1,5,10,2238100,1\n", Book);
        var winter = ReadAll("34200.5,1,5,10,2238100,1\n", Book, date: "2012-01-05");

        summer[0].Row.TsEvent.Should().Be(Utc(2012, 6, 21, 13, 30, 0) + 17_459_617UL, "EDT is UTC−4");
        winter[0].Row.TsEvent.Should().Be(Utc(2012, 1, 5, 14, 30, 0) + 500_000_000UL, "EST is UTC−5");
        summer[0].Events[0].TsEvent.Should().Be(summer[0].Row.TsEvent);
    }

    [Fact]
    public void Submission_and_cancellations_map_to_add_and_cancel_with_the_order_side()
    {
        var rows = ReadAll(
            "34200.1,1,11885113,21,2238100,1\n34200.2,2,11885113,5,2238100,1\n34200.3,3,11885114,16,2239500,-1\n",
            Book + Book + Book);

        var add = rows[0].Events.Should().ContainSingle().Subject;
        (add.Kind, (char)add.Action, (char)add.Side, add.OrderId, add.Size, add.Price, add.Flags, add.InstrumentId, add.Sequence)
            .Should().Be((EventKind.Mbo, 'A', 'B', 11885113UL, 21U, 223_810_000_000L, Flags.Last, 7U, 0U));
        var partial = rows[1].Events.Should().ContainSingle().Subject;
        ((char)partial.Action, (char)partial.Side, partial.Size, partial.Sequence).Should().Be(('C', 'B', 5U, 1U));
        var delete = rows[2].Events.Should().ContainSingle().Subject;
        ((char)delete.Action, (char)delete.Side, delete.Size, delete.Price).Should().Be(('C', 'A', 16U, 223_950_000_000L));
        rows.Select(r => r.Row.Type).Should().Equal(LobsterEventType.Submission, LobsterEventType.Cancellation, LobsterEventType.Deletion);
    }

    [Fact]
    public void Visible_execution_is_trade_fill_cancel_with_the_aggressor_opposite_to_the_order()
    {
        var rows = ReadAll("34200.190226476,4,11534792,26,2237500,1\n", "2239500,100,2237500,74\n");

        rows[0].Events.Select(e => ((char)e.Action, (char)e.Side, e.OrderId, e.Size, e.Price, e.Flags)).Should().Equal(
            ('T', 'A', 0UL, 26U, 223_750_000_000L, (byte)0),
            ('F', 'B', 11534792UL, 26U, 223_750_000_000L, (byte)0),
            ('C', 'B', 11534792UL, 26U, 223_750_000_000L, Flags.Last));
        rows[0].Row.TradeSign.Should().Be(-1, "a buy limit order executed is seller-initiated");
        rows[0].Row.IsExecution.Should().BeTrue();
    }

    [Fact]
    public void Hidden_execution_is_a_trade_only_and_cross_trade_has_no_aggressor()
    {
        var rows = ReadAll("34200.017459617,5,0,1,2238200,-1\n34200.5,6,0,300,2238000,1\n", Book + Book);

        var hidden = rows[0].Events.Should().ContainSingle().Subject;
        ((char)hidden.Action, (char)hidden.Side, hidden.Size, hidden.Flags).Should().Be(('T', 'B', 1U, Flags.Last));
        var cross = rows[1].Events.Should().ContainSingle().Subject;
        ((char)cross.Action, (char)cross.Side, cross.Size).Should().Be(('T', 'N', 300U));
        rows[1].Row.IsExecution.Should().BeFalse();
    }

    [Theory]
    [InlineData(-1, LobsterStatus.Halt)]
    [InlineData(0, LobsterStatus.Quoting)]
    [InlineData(1, LobsterStatus.Trading)]
    public void Halt_messages_become_status_events(int code, ushort action)
    {
        var rows = ReadAll($"34200.5,7,0,0,{code},-1\n", Book);

        var status = rows[0].Events.Should().ContainSingle().Subject;
        (status.Kind, status.StatType, status.Price).Should().Be((EventKind.Status, action, DbnConstants.UndefPrice));
    }

    [Fact]
    public void Book_rows_convert_prices_and_dummy_sides()
    {
        var rows = ReadAll(
            "34200.1,1,1,10,2238100,1\n34200.2,3,1,10,2238100,1\n",
            "2239500,100,2238100,21\n9999999999,0,-9999999999,0\n");

        rows[0].Row.Book.Should().Be(new LobsterQuote(223_950_000_000L, 100, 223_810_000_000L, 21));
        rows[0].Row.Book.IsTwoSided.Should().BeTrue();
        rows[1].Row.Book.Should().Be(new LobsterQuote(DbnConstants.UndefPrice, 0, DbnConstants.UndefPrice, 0));
        rows[1].Row.Book.IsTwoSided.Should().BeFalse();
    }

    [Fact]
    public void Deeper_books_are_read_for_level_one_and_session_times_come_from_the_name()
    {
        var (m, b) = LobsterFiles.Write("34200.1,1,1,10,2238100,1\n", "2239500,100,2238100,21,2239600,5,2238000,7\n", level: 2);
        using var reader = new LobsterReader(m, b);
        var events = new MarketEvent[LobsterReader.MaxEventsPerRow];

        reader.TryRead(events, out var row).Should().BeTrue();
        row.Book.Should().Be(new LobsterQuote(223_950_000_000L, 100, 223_810_000_000L, 21));
        reader.TryRead(events, out _).Should().BeFalse();
        (reader.Name.Ticker, reader.Name.Level, reader.Rows).Should().Be(("TEST", 2, 1L));
        ((ulong)reader.SessionStartNs, (ulong)reader.SessionEndNs).Should().Be((Utc(2012, 6, 21, 13, 30, 0), Utc(2012, 6, 21, 20, 0, 0)));
    }

    [Fact]
    public void Crlf_line_endings_and_a_missing_final_newline_are_accepted()
    {
        var rows = ReadAll("34200.1,1,1,10,2238100,1\r\n34200.2,1,2,10,2238100,1", Book + "2239500,100,2238100,31");

        rows.Select(r => r.Row.Book.BidSz).Should().Equal(21L, 31L);
    }
}
