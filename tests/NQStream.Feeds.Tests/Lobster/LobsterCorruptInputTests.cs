using FluentAssertions;
using NQStream.Feeds.Lobster;
using NQStream.Market.Events;
using Xunit;

namespace NQStream.Feeds.Tests.Lobster;

public sealed class LobsterCorruptInputTests
{
    private const string Good = "34200.1,1,1,10,2238100,1\n";
    private const string GoodBook = "2239500,100,2238100,21\n";

    private static LobsterFormatException Fail(string message, string book)
    {
        var (m, b) = LobsterFiles.Write(message, book);
        var act = () =>
        {
            using var reader = new LobsterReader(m, b);
            var events = new MarketEvent[LobsterReader.MaxEventsPerRow];
            while (reader.TryRead(events, out _))
            {
            }
        };
        return act.Should().Throw<LobsterFormatException>().Which;
    }

    [Theory]
    [InlineData("34200.1,1,1,10,22x8100,1\n", 1, 5, "price: expected an integer, got '22x8100'")]
    [InlineData("34200.1,1,1,10,-5,1\n", 1, 5, "price: expected a positive price")]
    [InlineData("34200.1,9,1,10,2238100,1\n", 1, 2, "type: expected an event type 1..7, got '9'")]
    [InlineData("34200.1,1,1,10,2238100,0\n", 1, 6, "direction: expected 1 (buy) or -1 (sell), got '0'")]
    [InlineData("34200.1,1,1,0,2238100,1\n", 1, 4, "size: expected a positive share count, got '0'")]
    [InlineData("34200.1,1,-3,10,2238100,1\n", 1, 3, "order id: expected a non-negative integer, got '-3'")]
    [InlineData("34200.1234567891,1,1,10,2238100,1\n", 1, 1, "time: expected seconds after midnight with at most 9 decimals")]
    [InlineData("3420a.1,1,1,10,2238100,1\n", 1, 1, "time: expected seconds after midnight")]
    [InlineData("34200.1,7,0,0,2,-1\n", 1, 5, "price: expected a halt code -1, 0 or 1, got '2'")]
    [InlineData(Good + "34200.0,1,1,10,2238100,1\n", 2, 1, "time: expected a time not before the previous row's, got '34200.0'")]
    public void Bad_message_fields_name_file_line_and_column(string message, int line, int column, string problem)
    {
        var book = string.Concat(Enumerable.Repeat(GoodBook, message.Count(c => c == '\n')));

        var ex = Fail(message, book);

        (ex.Line, ex.Column).Should().Be((line, column));
        ex.File.Should().EndWith("_message_1.csv");
        ex.Message.Should().StartWith($"{ex.File}:{line}:{column}: ").And.Contain(problem);
    }

    [Fact]
    public void A_short_message_row_names_the_line()
    {
        var ex = Fail("34200.1,1,1,10,2238100\n", GoodBook);

        ex.Message.Should().EndWith("_message_1.csv:1: expected 6 columns (time,type,order id,size,price,direction), got 5");
    }

    [Theory]
    [InlineData("2239500,100,2238100\n", 0, "expected 4 columns (ask price, ask size, bid price, bid size per level), got 3")]
    [InlineData("2239500,100,abc,21\n", 3, "bid price: expected an integer, got 'abc'")]
    [InlineData("2239500,-1,2238100,21\n", 2, "ask size: expected a non-negative share count, got '-1'")]
    [InlineData("9999999999,5,2238100,21\n", 2, "ask size: expected 0 on an empty side (dummy price)")]
    public void Bad_book_fields_name_file_line_and_column(string book, int column, string problem)
    {
        var ex = Fail(Good, book);

        (ex.Line, ex.Column).Should().Be((1, column));
        ex.File.Should().EndWith("_orderbook_1.csv");
        ex.Message.Should().Contain(problem);
    }

    [Fact]
    public void Files_of_different_length_name_the_short_file()
    {
        Fail(Good + Good, GoodBook).Message.Should().EndWith("_orderbook_1.csv:2: expected a book row for message line 2, got end of file");
        Fail(Good, GoodBook + GoodBook).Message.Should().EndWith("_message_1.csv:2: expected a message row for book line 2, got end of file");
    }

    [Fact]
    public void File_names_must_follow_the_lobster_pattern_and_match()
    {
        var (m, b) = LobsterFiles.Write(Good, GoodBook);
        var other = Path.Combine(Path.GetDirectoryName(b)!, "TEST_2012-06-22_34200000_57600000_orderbook_1.csv");
        File.Copy(b, other);
        var bad = Path.Combine(Path.GetDirectoryName(b)!, "book.csv");
        File.Copy(b, bad);

        var swapped = () => new LobsterReader(b, m);
        var mismatch = () => new LobsterReader(m, other);
        var unnamed = () => new LobsterReader(m, bad);

        swapped.Should().Throw<LobsterFormatException>().WithMessage("*expected a message file*");
        mismatch.Should().Throw<LobsterFormatException>().WithMessage("*expected the order-book file matching*");
        unnamed.Should().Throw<LobsterFormatException>().WithMessage("*book.csv: expected a LOBSTER file name*got 'book.csv'");
    }
}
