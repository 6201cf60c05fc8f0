using System.Text.Json;
using FluentAssertions;
using NQStream.Cli.Hosting;
using NQStream.Cli.Tests.Reference;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

public sealed class LobsterCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [SharedDataFact]
    public void Stats_json_has_exactly_the_documented_keys_and_the_reference_values()
    {
        var (code, stdout, stderr) = Run("lobster", "stats", AmznReference.Message, AmznReference.Book, "--json");

        (code, stderr).Should().Be((0, string.Empty));
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "events", "events_by_type", "spread_time_weighted_cents", "tick_rule_accuracy", "quote_rule_accuracy",
            "lee_ready_accuracy", "ofi_r2_full_day", "ofi_r2_mean_30min", "kyle_lambda", "vpin_exact", "vpin_bvc");
        root.GetProperty("events").GetInt64().Should().Be(57_515);
        root.GetProperty("events_by_type").EnumerateObject().Select(p => (p.Name, p.Value.GetInt64())).Should().Equal(
            ("1", 27_845L), ("2", 16L), ("3", 18_235L), ("4", 8_974L), ("5", 2_445L), ("6", 0L), ("7", 0L));
        double? Get(string key) => root.GetProperty(key).GetDouble();
        Get("tick_rule_accuracy").ShouldPrintAs(0.8676, 4, "tick");
        Get("quote_rule_accuracy").ShouldPrintAs(0.9762, 4, "quote");
        Get("lee_ready_accuracy").ShouldPrintAs(0.9722, 4, "Lee-Ready");
        Get("spread_time_weighted_cents").ShouldMatch(12.849, 3, "spread");
        Get("ofi_r2_full_day").ShouldMatch(0.312, 3, "OFI R² day");
        Get("ofi_r2_mean_30min").ShouldMatch(0.525, 3, "OFI R² 30 min");
        Get("kyle_lambda").ShouldMatch(0.006418, 6, "Kyle λ");
        Get("vpin_exact").ShouldMatch(0.2924, 4, "VPIN exact");
        Get("vpin_bvc").ShouldMatch(0.2530, 4, "VPIN BVC");
    }

    [SharedDataFact]
    public void Stats_table_shows_every_statistic()
    {
        var (code, stdout, _) = Run("lobster", "stats", AmznReference.Message, AmznReference.Book);

        code.Should().Be(0);
        stdout.Should().Contain("57,515").And.Contain("12.849").And.Contain("0.8676 (9,905 / 11,417)")
            .And.Contain("0.9722 (11,102 / 11,419)").And.Contain("R² 0.312").And.Contain("0.2924").And.Contain("0.2530");
    }

    [Fact]
    public void Corrupt_input_is_one_located_line_and_exit_2()
    {
        var dir = RepoPaths.NewTempDir("nqstream-lobster-cli");
        var message = Path.Combine(dir, "X_2012-06-21_34200000_57600000_message_1.csv");
        var book = Path.Combine(dir, "X_2012-06-21_34200000_57600000_orderbook_1.csv");
        File.WriteAllText(message, "34200.1,1,1,10,2238100,1\n34200.2,1,1,10,2238100,2\n");
        File.WriteAllText(book, "2239500,100,2238100,21\n2239500,100,2238100,31\n");

        var (code, stdout, stderr) = Run("lobster", "stats", message, book, "--json");

        (code, stdout).Should().Be((2, string.Empty));
        stderr.Should().Be($"nqstream: {message}:2:6: direction: expected 1 (buy) or -1 (sell), got '2'\n");
    }

    [Fact]
    public void Missing_file_is_bad_input()
    {
        var dir = RepoPaths.NewTempDir("nqstream-lobster-cli");

        var (code, _, stderr) = Run("lobster", "stats", Path.Combine(dir, "X_2012-06-21_34200000_57600000_message_1.csv"), Path.Combine(dir, "X_2012-06-21_34200000_57600000_orderbook_1.csv"));

        code.Should().Be(2);
        stderr.Should().StartWith("nqstream: ").And.Contain("message_1.csv");
    }
}
