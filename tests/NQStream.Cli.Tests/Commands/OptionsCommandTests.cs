using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using NQStream.Cli.Hosting;
using NQStream.Market.Pricing;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

/// <summary><c>nqstream options price</c>, run in-process through <see cref="CliApp.Run"/>.</summary>
public sealed class OptionsCommandTests
{
    private static readonly string T45 = (45.0 / 365.0).ToString("R", CultureInfo.InvariantCulture);

    [Fact]
    public void Sigma_mode_prints_the_black76_price_and_greeks_as_json()
    {
        var (code, stdout, stderr) = Run("options", "price", "--F", "21000", "--K", "20500", "--T", T45, "--r", "0.045", "--sigma", "0.21", "--type", "call", "--json");

        code.Should().Be(CliApp.ExitOk, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        root.GetProperty("status").GetString().Should().Be("ok");
        root.TryGetProperty("iv", out _).Should().BeFalse();
        // algorithms.md §3 parity example: c = 887.598638.
        root.GetProperty("price").GetDouble().Should().BeApproximately(887.598638, 5e-7);

        var expected = Black76.Compute(21_000, 20_500, 45.0 / 365.0, 0.045, 0.21, OptionType.Call);
        root.GetProperty("price").GetDouble().Should().Be(expected.Price);
        root.GetProperty("delta").GetDouble().Should().Be(expected.Delta);
        root.GetProperty("gamma").GetDouble().Should().Be(expected.Gamma);
        root.GetProperty("vega").GetDouble().Should().Be(expected.Vega);
        root.GetProperty("theta").GetDouble().Should().Be(expected.Theta);
        stdout.Trim().Split('\n').Should().ContainSingle("one JSON object on one line");
    }

    [Fact]
    public void Textbook_put_matches_the_reference_vector()
    {
        var (code, stdout, _) = Run("options", "price", "--F", "20", "--K", "20", "--T", (4.0 / 12).ToString("R", CultureInfo.InvariantCulture), "--r", "0.09", "--sigma", "0.25", "--type", "put", "--json");

        code.Should().Be(CliApp.ExitOk);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        root.GetProperty("price").GetDouble().Should().BeApproximately(1.116641, 5e-7);
        root.GetProperty("delta").GetDouble().Should().BeApproximately(-0.457307, 5e-7);
        root.GetProperty("gamma").GetDouble().Should().BeApproximately(0.1337645027, 5e-11);
        root.GetProperty("vega").GetDouble().Should().BeApproximately(4.458817, 5e-7);
        root.GetProperty("theta").GetDouble().Should().BeApproximately(-1.571559, 5e-7);
    }

    [Fact]
    public void Price_mode_solves_the_implied_volatility()
    {
        var (code, stdout, stderr) = Run("options", "price", "--F", "21000", "--K", "20500", "--T", T45, "--r", "0.045", "--price", "390.364930", "--type", "put", "--json");

        code.Should().Be(CliApp.ExitOk, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        root.GetProperty("status").GetString().Should().Be("solved");
        // The documented put price is rounded to 6 decimals: σ comes back within 5e-7 / vega ≈ 2e-10.
        root.GetProperty("iv").GetDouble().Should().BeApproximately(0.21, 1e-9);
        root.GetProperty("price").GetDouble().Should().BeApproximately(390.364930, 1e-10);
        root.GetProperty("delta").GetDouble().Should().BeNegative();
    }

    [Theory]
    [InlineData("20000", "call", "5", "below_intrinsic")]
    [InlineData("21000", "call", "30000", "above_bound")]
    [InlineData("22000", "put", "-1", "below_intrinsic")]
    public void Price_outside_the_arbitrage_bounds_reports_no_solution(string strike, string type, string price, string status)
    {
        var (code, stdout, stderr) = Run("options", "price", "--F", "21000", "--K", strike, "--T", "1", "--r", "0.045", "--price", price, "--type", type, "--json");

        code.Should().Be(CliApp.ExitBadInput);
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("status").GetString().Should().Be(status);
        doc.RootElement.GetProperty("iv").ValueKind.Should().Be(JsonValueKind.Null);
        doc.RootElement.GetProperty("lower_bound").GetDouble().Should().BeLessThanOrEqualTo(doc.RootElement.GetProperty("upper_bound").GetDouble());
        stderr.Should().StartWith($"nqstream: no implied volatility ({status})");
        stderr.Trim().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Human_output_is_a_table_with_every_greek()
    {
        var (code, stdout, _) = Run("options", "price", "--F", "21000", "--K", "21000", "--T", "0.0821917808219178", "--r", "0.045", "--sigma", "0.2", "--type", "put");

        code.Should().Be(CliApp.ExitOk);
        var g = Black76.Compute(21_000, 21_000, 30.0 / 365, 0.045, 0.2, OptionType.Put);
        foreach (var (name, value) in new[] { ("price", g.Price), ("delta", g.Delta), ("gamma", g.Gamma), ("vega", g.Vega), ("theta", g.Theta) })
        {
            stdout.Should().MatchRegex($@"\b{name}\b.*{System.Text.RegularExpressions.Regex.Escape(value.ToString("G10", CultureInfo.InvariantCulture))}");
        }

        stdout.Should().Contain("478.528455").And.Contain("per 1.00 vol").And.Contain("per year");
    }

    [Theory]
    [InlineData("--T must be > 0", "--F", "21000", "--K", "21000", "--T", "-0.5", "--r", "0.045", "--sigma", "0.2", "--type", "call")]
    [InlineData("--T must be > 0", "--F", "21000", "--K", "21000", "--T", "0", "--r", "0.045", "--sigma", "0.2", "--type", "call")]
    [InlineData("neither was given", "--F", "21000", "--K", "21000", "--T", "0.1", "--r", "0.045", "--type", "call")]
    [InlineData("not both", "--F", "21000", "--K", "21000", "--T", "0.1", "--r", "0.045", "--sigma", "0.2", "--price", "400", "--type", "call")]
    [InlineData("--type must be call or put (got 'straddle')", "--F", "21000", "--K", "21000", "--T", "0.1", "--r", "0.045", "--sigma", "0.2", "--type", "straddle")]
    [InlineData("--F must be > 0", "--F", "-21000", "--K", "21000", "--T", "0.1", "--r", "0.045", "--sigma", "0.2", "--type", "call")]
    [InlineData("--K must be > 0", "--F", "21000", "--K", "0", "--T", "0.1", "--r", "0.045", "--sigma", "0.2", "--type", "put")]
    [InlineData("--sigma must be > 0", "--F", "21000", "--K", "21000", "--T", "0.1", "--r", "0.045", "--sigma", "-0.2", "--type", "put")]
    [InlineData("overflows the double range", "--F", "1e308", "--K", "1e308", "--T", "1", "--r", "-700", "--sigma", "0.2", "--type", "call")]
    public void Bad_arguments_give_one_line_and_exit_2(string expected, params string[] args)
    {
        var (code, stdout, stderr) = Run(["options", "price", .. args]);

        code.Should().Be(CliApp.ExitBadInput);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("nqstream: ").And.Contain(expected);
        stderr.TrimEnd().Should().NotContain("\n");
    }

    [Fact]
    public void Options_group_is_registered_in_the_root_help()
    {
        var (code, stdout, _) = Run("--help");

        code.Should().Be(CliApp.ExitOk);
        stdout.Should().MatchRegex(@"\boptions\b.*Black-76");
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
