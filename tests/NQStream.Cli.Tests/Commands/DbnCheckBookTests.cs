using System.Text.Json.Nodes;
using FluentAssertions;
using NQStream.TestSupport;
using Xunit;
using static NQStream.Cli.Tests.Commands.BookFixture;

namespace NQStream.Cli.Tests.Commands;

/// <summary><c>nqstream dbn check</c> reports order-book integrity for MBO records.</summary>
public sealed class DbnCheckBookTests
{
    [Fact]
    public void Json_has_book_totals_and_per_instrument_counts()
    {
        var (code, stdout, stderr) = Run("dbn", "check", WriteStory(), "--json");

        (code, stderr).Should().Be((0, ""));
        var doc = JsonNode.Parse(stdout)!;
        var book = doc["book"]!;
        (book["books"]!.GetValue<int>(), book["crossed"]!.GetValue<long>(), book["unknown_order"]!.GetValue<long>(),
            book["negative_size"]!.GetValue<long>(), book["duplicate_add"]!.GetValue<long>())
            .Should().Be((2, 5L, 1L, 1L, 1L));
        var instruments = doc["instruments"]!.AsArray();
        instruments.Select(i => i!["instrument_id"]!.GetValue<uint>()).Should().Equal(777u);
        instruments[0]!["book"]!["crossed"]!.GetValue<long>().Should().Be(5);
        instruments[0]!["book"]!["negative_size"]!.GetValue<long>().Should().Be(1);
    }

    [Fact]
    public void Table_lists_books_with_integrity_problems()
    {
        var (code, stdout, _) = Run("dbn", "check", WriteStory());

        code.Should().Be(0);
        stdout.Should().Contain("book: unknown order id on cancel/modify").And.Contain("order books with integrity problems");
        var bookTable = stdout[stdout.IndexOf("order books with integrity problems", StringComparison.Ordinal)..];
        var row = bookTable.Split('\n').Single(l => l.StartsWith("│ 777", StringComparison.Ordinal));
        string.Join(' ', row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Should().Be("777 5 0 1 1 1 0");
    }

    [SharedDataFact]
    public void Vendor_mbo_fixture_has_two_cancels_for_unknown_orders()
    {
        var (code, stdout, _) = Run("dbn", "check", SharedData.DataPath("dbn", "test_data.mbo.v3.dbn"), "--json");

        code.Should().Be(0);
        var book = JsonNode.Parse(stdout)!["book"]!;
        (book["books"]!.GetValue<int>(), book["unknown_order"]!.GetValue<long>(), book["crossed"]!.GetValue<long>()).Should().Be((1, 2L, 0L));
    }
}
