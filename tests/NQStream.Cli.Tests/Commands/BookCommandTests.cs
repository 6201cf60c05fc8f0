using System.Text.Json.Nodes;
using FluentAssertions;
using NQStream.TestSupport;
using Xunit;
using static NQStream.Cli.Tests.Commands.BookFixture;

namespace NQStream.Cli.Tests.Commands;

/// <summary><c>nqstream book</c> in-process on written files and the vendor MBO fixture.</summary>
public sealed class BookCommandTests
{
    private static readonly string Story = WriteStory();

    private static JsonNode Json(params string[] args)
    {
        var (code, stdout, stderr) = Run(["book", Story, .. args, "--json"]);
        (code, stderr).Should().Be((0, ""));
        return JsonNode.Parse(stdout)!;
    }

    private static string[] Levels(JsonNode book, string side) =>
        [.. book[side]!.AsArray().Select(l => $"{l!["count"]}x{l["size"]}@{l["px"]}")];

    [Fact]
    public void Symbol_resolves_through_definitions_and_the_ladder_matches_the_story()
    {
        var doc = Json("--instrument", Call, "--at", At(4000));

        doc["instrument_id"]!.GetValue<uint>().Should().Be(777);
        var book = doc["books"]!.AsArray().Should().ContainSingle().Subject!;
        Levels(book, "bids").Should().Equal("2x8@100.00", "1x10@99.75");
        Levels(book, "asks").Should().Equal("1x4@100.25");
        book["bids"]![0]!["price"]!.GetValue<long>().Should().Be(100_000_000_000);
        book["state"]!.GetValue<string>().Should().Be("ok");
        book["published_ts_event"]!.GetValue<ulong>().Should().Be(T0 + 4000);
    }

    [Fact]
    public void A_time_inside_a_venue_event_shows_the_view_published_before_it()
    {
        var book = Json("--instrument", "777", "--at", At(5500))["books"]![0]!;

        Levels(book, "bids").Should().Equal("2x8@100.00", "1x10@99.75");
        book["published_ts_event"]!.GetValue<ulong>().Should().Be(T0 + 4000);

        var after = Json("--instrument", "777", "--at", At(6000), "--depth", "2")["books"]![0]!;
        Levels(after, "bids").Should().Equal("1x2@100.50", "1x3@100.00");
        Levels(after, "asks").Should().Equal("1x4@100.25");
        after["state"]!.GetValue<string>().Should().Be("crossed");
    }

    [Fact]
    public void Integrity_counts_and_the_crossed_state_are_reported()
    {
        var book = Json("--instrument", Call, "--at", "2023-11-14T22:13:20.000009Z")["books"]![0]!;

        book["state"]!.GetValue<string>().Should().Be("crossed");
        Levels(book, "bids").Should().Equal("1x2@100.50", "1x10@99.75");
        Levels(book, "asks").Should().Equal("1x1@100.00", "1x4@100.25");
        var i = book["integrity"]!;
        (i["crossed"]!.GetValue<long>(), i["unknown_order"]!.GetValue<long>(), i["negative_size"]!.GetValue<long>(), i["duplicate_add"]!.GetValue<long>())
            .Should().Be((5L, 1L, 1L, 1L));
    }

    [Fact]
    public void The_table_prints_a_depth_ladder_with_state_and_integrity()
    {
        var (code, stdout, stderr) = Run("book", Story, "--instrument", Call, "--at", At(9000));

        (code, stderr).Should().Be((0, ""));
        stdout.Should().Contain("state").And.Contain("crossed").And.Contain("unknown order 1");
        var rows = stdout.Split('\n').Where(l => l.Contains("100.50", StringComparison.Ordinal) || l.Contains("99.75", StringComparison.Ordinal))
            .Select(l => string.Join(' ', l.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToList();
        rows.Should().Equal("1 2 100.50 100.00 1 1", "1 10 99.75 100.25 4 1");
    }

    [Fact]
    public void Before_any_record_the_instrument_has_no_book()
    {
        var doc = Json("--instrument", "777", "--at", At(500));

        doc["books"]!.AsArray().Should().BeEmpty();
        var (code, stdout, _) = Run("book", Story, "--instrument", "777", "--at", At(500));
        code.Should().Be(0);
        stdout.Should().Contain("no MBO records for the instrument at or before this time");
    }

    [Theory]
    [InlineData("--instrument", "NQH6 C1", "--at", "1", "'NQH6 C1': no instrument definition or metadata mapping with that raw symbol")]
    [InlineData("--instrument", "777", "--at", "2023-11-14 22:13", "--at '2023-11-14 22:13': expected nanoseconds since the UNIX epoch or ISO-8601 UTC")]
    [InlineData("--instrument", "99999999999", "--at", "1", "--instrument '99999999999': instrument ids are 32-bit unsigned integers")]
    public void Bad_input_is_a_one_line_error_with_exit_code_2(string o1, string v1, string o2, string v2, string message)
    {
        var (code, stdout, stderr) = Run("book", Story, o1, v1, o2, v2);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain(message).And.Subject.Trim().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public void Unknown_symbols_list_the_known_ones_and_depth_is_validated()
    {
        Run("book", Story, "--instrument", "ESH1", "--at", "1").Err.Should().Contain("(known: NQZ5 C21000, NQZ5 P21000)");
        Run("book", Story, "--instrument", "777", "--at", "1", "--depth", "0").Should().Be((2, "", "nqstream: --depth 0: expected 1 to 1000 levels\n"));
    }

    [SharedDataFact]
    public void Vendor_fixture_resolves_its_symbol_through_metadata_mappings()
    {
        var path = SharedData.DataPath("dbn", "test_data.mbo.v3.dbn");
        var (code, stdout, stderr) = Run("book", path, "--instrument", "ESH1", "--at", "2020-12-28T13:00:00.0005Z", "--json");

        (code, stderr).Should().Be((0, ""));
        var doc = JsonNode.Parse(stdout)!;
        doc["instrument_id"]!.GetValue<uint>().Should().Be(5482);
        doc["at"]!.GetValue<ulong>().Should().Be(1_609_160_400_000_500_000);
        var book = doc["books"]![0]!;
        book["state"]!.GetValue<string>().Should().Be("empty");
        book["records"]!.GetValue<long>().Should().Be(2);
        book["integrity"]!["unknown_order"]!.GetValue<long>().Should().Be(2);
        book["published_ts_event"]!.GetValue<ulong>().Should().Be(1_609_160_400_000_431_665);

        var early = JsonNode.Parse(Run("book", path, "--instrument", "ESH1", "--at", "2020-12-28T13:00:00.0001Z", "--json").Out)!;
        early["books"]!.AsArray().Should().BeEmpty("the first record is at 13:00:00.000429831");
    }

    [SharedDataFact]
    public void Files_without_order_books_are_rejected()
    {
        var (code, _, stderr) = Run("book", SharedData.DataPath("dbn", "test_data.definition.v3.dbn.zst"), "--instrument", "1", "--at", "1");

        code.Should().Be(2);
        stderr.Should().Contain("schema definition has no order book (expected mbo)");
    }
}
