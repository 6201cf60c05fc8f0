using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using NQStream.Cli.Commands;
using NQStream.Cli.Hosting;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

/// <summary>
/// <c>chain analyze</c> in-process. The <c>chain</c> group is assembled here (the group itself is created on another
/// branch and registered by the lead), with the same error handling as <see cref="CliApp.Run"/>.
/// </summary>
public sealed class ChainAnalyzeCommandTests
{
    private const string June2Expiry = "2025-06-20T13:30:00Z"; // June quarterly: 08:30 CT on the 3rd Friday (§1)
    private const string June2AsOf = "2025-06-02T18:15:53Z";   // 14:15:53 ET, the file name's time

    private static string June2 => SharedData.DataPath("barchart", "options_data_20250602_141553.json");

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand { new Command("chain") { ChainAnalyzeCommand.Create() } };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        var parse = root.Parse(args);
        parse.Errors.Should().BeEmpty();
        try
        {
            return (parse.Invoke(config), stdout.ToString(), stderr.ToString());
        }
        catch (CliException ex)
        {
            return (ex.ExitCode, stdout.ToString(), ex.Message);
        }
    }

    private static JsonElement Json(params string[] extra)
    {
        var (code, stdout, stderr) = Run(["chain", "analyze", June2, "--underlying", "21376.75", "--json", .. extra]);
        (code, stderr).Should().Be((0, string.Empty));
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    [SharedDataFact]
    public void Json_has_exactly_the_documented_keys()
    {
        var root = Json("--expiry", June2Expiry, "--as-of", June2AsOf, "--stale-prices");

        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "underlying", "as_of", "positioning", "spikes", "max_pain", "max_pain_by_expiry", "call_wall", "put_wall", "gex");
        root.GetProperty("underlying").EnumerateObject().Select(p => p.Name).Should().Equal("symbol", "price", "source");
        (root.GetProperty("underlying").GetProperty("symbol").ValueKind, root.GetProperty("underlying").GetProperty("price").GetDouble(),
            root.GetProperty("underlying").GetProperty("source").GetString()).Should().Be((JsonValueKind.Null, 21_376.75, "--underlying"));
        root.GetProperty("as_of").GetInt64().Should().Be(DateTimeOffset.Parse(June2AsOf, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds() * 1_000_000);
        var maxPain = root.GetProperty("max_pain_by_expiry").EnumerateArray().ToList();
        maxPain.Should().ContainSingle();
        maxPain[0].EnumerateObject().Select(p => p.Name).Should().Equal("expiration", "strike", "pain_usd");
        maxPain[0].GetProperty("expiration").GetInt64().Should().Be(DateTimeOffset.Parse(June2Expiry, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds() * 1_000_000);
        maxPain[0].GetProperty("strike").GetDouble().Should().Be(root.GetProperty("max_pain").GetDouble());
        root.GetProperty("positioning").EnumerateObject().Select(p => p.Name).Should().Equal("call_risk_usd", "put_risk_usd", "ratio", "bias", "zones");
        root.GetProperty("positioning").GetProperty("zones")[0].EnumerateObject().Select(p => p.Name).Should().Equal("strike", "side", "risk_usd", "band");
        root.GetProperty("gex").EnumerateObject().Select(p => p.Name).Should().Equal("net", "zero_gamma", "by_strike");
    }

    [SharedDataFact]
    public void Json_values_reproduce_section_10_on_the_june_2_chain()
    {
        var root = Json();

        var p = root.GetProperty("positioning");
        p.GetProperty("call_risk_usd").GetDouble().Should().BeApproximately(2.47e6, 0.005e6);
        p.GetProperty("put_risk_usd").GetDouble().Should().BeApproximately(1.73e6, 0.005e6);
        p.GetProperty("ratio").GetDouble().Should().BeApproximately(1.43, 0.005);
        p.GetProperty("bias").GetString().Should().Be("BALANCED");
        var zone = p.GetProperty("zones")[0];
        (zone.GetProperty("strike").GetDouble(), zone.GetProperty("side").GetString(), zone.GetProperty("band").GetString()).Should().Be((21_400.0, "CALL", "NEAR_TERM"));
        zone.GetProperty("risk_usd").GetDouble().Should().BeApproximately(970e3, 0.5e3);

        var spikes = root.GetProperty("spikes").EnumerateArray().ToList();
        spikes.Select(s => (s.GetProperty("strike").GetDouble(), s.GetProperty("type").GetString(), s.GetProperty("class").GetString(), s.GetProperty("within_distance").GetBoolean()))
            .Should().Equal((21_450.0, "CALL", "HIGH", true), (21_525.0, "CALL", "MODERATE", true));
        spikes[0].GetProperty("ratio").GetDouble().Should().BeApproximately(21.1, 0.05);
        spikes[0].GetProperty("dollar_size").GetDouble().Should().BeApproximately(2.28e6, 0.005e6);
        spikes[1].GetProperty("ratio").GetDouble().Should().BeApproximately(13.9, 0.05);

        // Independently computed from the file's open interest (argmin of Σ payout; argmax OI on each side of S).
        root.GetProperty("max_pain").GetDouble().Should().Be(21_325);
        root.GetProperty("call_wall").GetDouble().Should().Be(21_400);
        root.GetProperty("put_wall").GetDouble().Should().Be(21_100);
    }

    [SharedDataFact]
    public void Gex_needs_an_expiry_and_prices_by_the_section_3_rules()
    {
        // No expiry: no GEX, but OI per strike is listed (270 strikes carry open interest).
        var noExpiry = Json().GetProperty("gex");
        noExpiry.GetProperty("net").ValueKind.Should().Be(JsonValueKind.Null);
        noExpiry.GetProperty("by_strike").GetArrayLength().Should().Be(270);

        // Expiry but §3 strict prices: every last is a settlement and no bid exists, so nothing is priced.
        var strict = Json("--expiry", June2Expiry, "--as-of", June2AsOf).GetProperty("gex");
        strict.GetProperty("net").ValueKind.Should().Be(JsonValueKind.Null);
        strict.GetProperty("by_strike").EnumerateArray().Should().OnlyContain(s => s.GetProperty("gex").ValueKind == JsonValueKind.Null);

        // --stale-prices: settlements give IVs; the default assumption makes OTM-call strikes positive, OTM-put strikes negative.
        var gex = Json("--expiry", June2Expiry, "--as-of", June2AsOf, "--stale-prices").GetProperty("gex");
        var byStrike = gex.GetProperty("by_strike").EnumerateArray().ToDictionary(s => s.GetProperty("strike").GetDouble(), s => s);
        byStrike[21_400].GetProperty("gex").GetDouble().Should().BePositive(); // call OI 361 vs put OI 32
        byStrike[21_100].GetProperty("gex").GetDouble().Should().BeNegative(); // call OI 36 vs put OI 267
        double sum = byStrike.Values.Where(s => s.GetProperty("gex").ValueKind == JsonValueKind.Number).Sum(s => s.GetProperty("gex").GetDouble());
        gex.GetProperty("net").GetDouble().Should().BeApproximately(sum, Math.Abs(sum) * 1e-12);
        gex.GetProperty("zero_gamma").GetDouble().Should().BeInRange(21_376.75 * 0.9, 21_376.75 * 1.1);
    }

    [SharedDataFact]
    public void Human_output_has_the_tables_and_the_gex_bar_chart()
    {
        var (code, stdout, stderr) = Run("chain", "analyze", June2, "--underlying", "21376.75", "--expiry", June2Expiry, "--as-of", June2AsOf, "--stale-prices");

        (code, stderr).Should().Be((0, string.Empty));
        stdout.Should().Contain("dealer assumption long_calls_short_puts")
            .And.Contain("Positioning risk").And.Contain("NEAR_TERM").And.Contain("ratio 1.43").And.Contain("BALANCED")
            .And.Contain("Volume/OI spikes").And.Contain("MODERATE")
            .And.Contain("max pain").And.Contain("21325")
            .And.Contain("GEX by strike near the money");
    }

    [SharedDataFact]
    public void Without_an_underlying_price_the_june_2_file_is_a_one_line_error()
    {
        var (code, _, err) = Run("chain", "analyze", June2, "--json");

        code.Should().Be(CliApp.ExitBadInput);
        err.Should().EndWith("no underlying price: the file carries none and put-call parity needs valid mids on both sides and a known expiry; pass --underlying");
    }

    [Fact]
    public void Corrupt_file_and_bad_options_are_one_line_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nqstream-chain-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"data\":{\"Call\":[],\"Put\":[]},\"total\":3}");
        try
        {
            Run("chain", "analyze", path, "--underlying", "21000").Should().Be((CliApp.ExitBadInput, string.Empty, $"{path}: total: expected 0 (calls 0 + puts 0), got 3"));
            Run("chain", "analyze", path, "--underlying", "-5").Err.Should().Be("--underlying must be a finite price > 0 (got -5)");
            Run("chain", "analyze", path, "--underlying", "21000", "--expiry", "soon").Err
                .Should().Be("--expiry must be an ISO 8601 instant such as 2025-06-20T13:30:00Z (got 'soon')");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
