using System.Text;
using FluentAssertions;
using NQStream.Feeds.Barchart;
using Xunit;

namespace NQStream.Feeds.Tests.Barchart;

/// <summary>Bad Barchart input gives one located line: file, line or JSON path, field, what was expected.</summary>
public sealed class CorruptInputTests
{
    private const string Row = """
        {"strike":"21,450.00C","lastPrice":"84.38s","bidPrice":"N/A","askPrice":"N/A","volume":"1,349","openInterest":"64",
         "premium":"1,687.60","tradeTime":"06/02/25","optionType":"Call","symbol":"MC6M5|21450C",
         "raw":{"strike":21450,"lastPrice":84.38,"bidPrice":0,"askPrice":0,"volume":1349,"openInterest":64,"premium":1687.6,"tradeTime":1748898060}}
        """;

    private const string PutRow = """
        {"strike":"21,450.00P","lastPrice":"N/A","bidPrice":"10.00","askPrice":"10.50","volume":"N/A","openInterest":"N/A",
         "premium":"0","tradeTime":"06/02/25","optionType":"Put","symbol":"MC6M5|21450P",
         "raw":{"strike":21450,"lastPrice":0,"bidPrice":10,"askPrice":10.5,"volume":null,"openInterest":null,"premium":0,"tradeTime":1748898000}}
        """;

    private static string Json(string call, string put = PutRow, string total = "2") =>
        "{\"count\":2,\"total\":" + total + ",\"data\":{\"Call\":[" + call + "],\"Put\":[" + put + "]}}";

    private static Action ReadJson(string text) => () => BarchartJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "chain.json");

    [Fact]
    public void A_well_formed_response_reads_with_missing_values_as_null()
    {
        var chain = BarchartJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Json(Row))), "chain.json");

        var put = chain.Rows[0].Put!.Value;
        (put.Last, put.Bid, put.Ask, put.Volume, put.OpenInterest).Should().Be((null, 10.0, 10.5, null, null));
        chain.Rows[0].Call!.Value.LastIsSettlement.Should().BeTrue();
    }

    [Theory]
    [InlineData("\"raw\":{\"strike\":21450", "\"raw\":{\"strike\":\"x\"", "chain.json: data.Call[0].raw.strike: expected a number, got \"x\"")]
    [InlineData("\"strike\":\"21,450.00C\"", "\"strike\":\"21,450.00P\"", "chain.json: data.Call[0].strike: expected a strike with the suffix C such as \"22,400.00C\", got \"21,450.00P\"")]
    [InlineData("\"strike\":\"21,450.00C\"", "\"strike\":\"21,460.00C\"", "chain.json: data.Call[0].strike: display strike 21,460.00C does not match raw.strike 21450")]
    [InlineData("\"optionType\":\"Call\"", "\"optionType\":\"Put\"", "chain.json: data.Call[0].optionType: expected \"Call\" (the group it is listed in), got \"Put\"")]
    [InlineData("\"lastPrice\":\"84.38s\"", "\"lastPrice\":\"84.38x\"", "chain.json: data.Call[0].lastPrice: expected a price, \"N/A\" or a price with an 's' suffix, got \"84.38x\"")]
    [InlineData("\"openInterest\":64,", "\"openInterest\":-3,", "chain.json: data.Call[0].raw.openInterest: expected an integer >= 0 or null, got -3")]
    [InlineData("\"volume\":1349,", "", "chain.json: data.Call[0].raw.volume: expected an integer >= 0 or null, field is absent")]
    public void Bad_fields_are_reported_with_their_json_path(string find, string replace, string message)
    {
        ReadJson(Json(Row.Replace(find, replace, StringComparison.Ordinal))).Should().Throw<BarchartFormatException>().WithMessage(message);
    }

    [Fact]
    public void Total_that_does_not_match_the_rows_is_an_error()
    {
        ReadJson(Json(Row, total: "576")).Should().Throw<BarchartFormatException>()
            .WithMessage("chain.json: total: expected 2 (calls 1 + puts 1), got 576");
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        ReadJson("{\"data\":\n{\"Call\": [ }").Should().Throw<BarchartFormatException>()
            .Where(e => e.Line == 2 && e.Message.StartsWith("chain.json:2: json: malformed JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_groups_and_duplicate_options_are_errors()
    {
        ReadJson("{\"data\":{\"Call\":[]}}").Should().Throw<BarchartFormatException>().WithMessage("chain.json: data.Put: expected an array of option rows");
        ReadJson(Json($"{Row},{Row}", total: "3")).Should().Throw<BarchartFormatException>().WithMessage("chain.json: data: chain.json: duplicate option call 21450*");
    }

    private static readonly string[] Header = ["Type,Last,Volume,\"Open Int\",Premium,Strike,Type,Last,Volume,\"Open Int\",Premium"];

    private static Action ReadCsv(params string[] rows) => () => BarchartCsvReader.Read([.. Header, .. rows], "chain.csv");

    [Fact]
    public void A_well_formed_download_reads()
    {
        var chain = BarchartCsvReader.Read([.. Header, "Call,\"1,000.00s\",N/A,5,\"20,000.00\",\"5,500.00\",Put,2.80,\"1,234\",N/A,56.00", "\"Downloaded from Barchart.com as of 07-15-2022 08:23am CST\""], "chain.csv");

        var row = chain.Rows.Should().ContainSingle().Subject;
        (row.Call!.Value.Last, row.Call.Value.LastIsSettlement, row.Call.Value.OpenInterest).Should().Be((1_000.0, true, 5L));
        (row.Put!.Value.Volume, row.Put.Value.OpenInterest, row.Put.Value.LastIsSettlement).Should().Be((1_234L, null, false));
        chain.AsOfNs.Should().Be(new DateTimeOffset(2022, 7, 15, 14, 23, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000);
    }

    [Theory]
    [InlineData("Call,abc,N/A,5,1.00,\"5,500.00\",Put,2.80,1,N/A,56.00", "chain.csv:2: call Last: expected a price, \"N/A\" or a price with an 's' suffix, got \"abc\"")]
    [InlineData("Call,1.00,N/A,5,1.00,N/A,Put,2.80,1,N/A,56.00", "chain.csv:2: Strike: expected a strike > 0, got \"N/A\"")]
    [InlineData("Call,1.00,N/A,5.5,1.00,\"5,500.00\",Put,2.80,1,N/A,56.00", "chain.csv:2: call Open Int: expected a whole number >= 0 or \"N/A\", got \"5.5\"")]
    [InlineData("Put,1.00,N/A,5,1.00,\"5,500.00\",Put,2.80,1,N/A,56.00", "chain.csv:2: call Type: expected \"Call\", got \"Put\"")]
    [InlineData("Call,1.00,N/A,5,1.00,\"5,500.00\",Put,2.80,1,N/A", "chain.csv:2: row: expected 11 fields, got 10")]
    [InlineData("Call,1.00,N/A,5,1.00,\"5,500.00\",Put,2.80,1,N/A,56.00,oops", "chain.csv:2: field 12: expected no value past the 11 header columns (only Barchart's \"width: N%\" cells), got \"oops\"")]
    [InlineData("Call,1.00,N/A,5,1.00,\"5,500.00,Put,2.80,1,N/A,56.00", "chain.csv:2: row: unterminated quoted field")]
    [InlineData("\"Downloaded from Barchart.com as of yesterday\"", "chain.csv:2: footer: expected a time such as \"07-15-2022 08:23am CDT\", got \"yesterday\"")]
    public void Bad_rows_are_reported_with_line_and_field(string row, string message)
    {
        ReadCsv(row).Should().Throw<BarchartFormatException>().WithMessage(message);
    }

    [Fact]
    public void Header_without_strike_or_side_columns_is_an_error()
    {
        FluentActions.Invoking(() => BarchartCsvReader.Read(["Type,Last,Volume"], "x.csv")).Should().Throw<BarchartFormatException>()
            .WithMessage("x.csv:1: header: expected a Strike column");
        FluentActions.Invoking(() => BarchartCsvReader.Read(["Strike,Type,Last,Volume,\"Open Int\""], "x.csv")).Should().Throw<BarchartFormatException>()
            .WithMessage("x.csv:1: header: expected Last (or Latest), Volume and Open Int columns on the call side of Strike (a side-by-side download)");
    }

    [Fact]
    public void Rows_after_the_footer_and_unknown_extensions_are_errors()
    {
        ReadCsv("\"Downloaded from Barchart.com as of 07-15-2022 08:23am CDT\"", "Call,1.00,N/A,5,1.00,\"5,500.00\",Put,2.80,1,N/A,56.00")
            .Should().Throw<BarchartFormatException>().WithMessage("chain.csv:3: footer: expected nothing after the \"Downloaded from Barchart.com\" footer");
        FluentActions.Invoking(() => BarchartChainReader.Read("chain.txt")).Should().Throw<BarchartFormatException>()
            .WithMessage("chain.txt: file: expected a .json (core-api response) or .csv (download) file, got '.txt'");
    }
}
