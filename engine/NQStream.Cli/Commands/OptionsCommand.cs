using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Market.Pricing;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream options price</c>: Black-76 price and greeks from σ, or the implied volatility from a price
/// (docs/algorithms.md §3). Human output is a small table; <c>--json</c> prints one JSON object.
/// </summary>
internal static class OptionsCommand
{
    public static Command Create()
    {
        var options = new Command("options", "Option pricing (Black-76): price, greeks, implied volatility.");
        options.Subcommands.Add(CreatePrice());
        return options;
    }

    private static Command CreatePrice()
    {
        var forward = new Option<double>("--F") { Description = "Futures price F (index points), > 0", Required = true };
        var strike = new Option<double>("--K") { Description = "Strike K (index points), > 0", Required = true };
        var years = new Option<double>("--T") { Description = "Time to expiry in years (ACT/365), > 0", Required = true };
        var rate = new Option<double>("--r") { Description = "Continuously compounded rate, e.g. 0.045", Required = true };
        var type = new Option<string>("--type") { Description = "call or put", Required = true };
        var sigma = new Option<double?>("--sigma") { Description = "Volatility (decimal, e.g. 0.20): prints price and greeks" };
        var price = new Option<double?>("--price") { Description = "Option price (points): solves the implied volatility instead of --sigma" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };

        var command = new Command("price", "Black-76 price and greeks (--sigma), or implied volatility (--price).")
        {
            forward, strike, years, rate, type, sigma, price, json,
        };
        command.SetAction(parse => Run(
            new PriceRequest(
                parse.GetValue(forward),
                parse.GetValue(strike),
                parse.GetValue(years),
                parse.GetValue(rate),
                ParseType(parse.GetValue(type)),
                parse.GetValue(sigma),
                parse.GetValue(price)),
            parse.GetValue(json),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(PriceRequest request, bool json, TextWriter stdout, TextWriter stderr)
    {
        request.Validate();
        if (request.Sigma is double sigma)
        {
            var greeks = Compute(request, sigma);
            if (json)
            {
                stdout.WriteLine(ToJson(greeks, iv: null, "ok"));
            }
            else
            {
                WriteTable(stdout, greeks, iv: null);
            }

            return CliApp.ExitOk;
        }

        double optionPrice = request.Price!.Value;
        IvResult result = ImpliedVol.Solve(optionPrice, request.Forward, request.Strike, request.Years, request.Rate, request.Type);
        if (!result.IsSolved)
        {
            string status = StatusName(result.Status);
            string reason = NoSolutionReason(result, optionPrice);
            if (json)
            {
                stdout.WriteLine(ToNoSolutionJson(result, status));
            }

            stderr.WriteLine($"nqstream: no implied volatility ({status}): {reason}");
            return CliApp.ExitBadInput;
        }

        double iv = result.Volatility!.Value;
        var solved = Compute(request, iv);
        if (json)
        {
            stdout.WriteLine(ToJson(solved, iv, StatusName(result.Status)));
        }
        else
        {
            WriteTable(stdout, solved, iv);
        }

        return CliApp.ExitOk;
    }

    private static string NoSolutionReason(in IvResult result, double optionPrice)
    {
        var settings = IvSettings.Default;
        FormattableString reason = result.Status switch
        {
            IvStatus.BelowIntrinsic => $"price {optionPrice:R} is below the discounted intrinsic value {result.LowerBound:R}",
            IvStatus.AboveBound => $"price {optionPrice:R} is above the no-arbitrage upper bound {result.UpperBound:R}",
            IvStatus.OutsideBracket => $"price {optionPrice:R} implies a volatility outside [{settings.LowerVolatility:R}, {settings.UpperVolatility:R}]",
            _ => $"solver did not converge within {settings.MaxIterations} iterations",
        };
        return reason.ToString(CultureInfo.InvariantCulture);
    }

    private static Greeks Compute(PriceRequest request, double sigma)
    {
        try
        {
            return Black76.Compute(request.Forward, request.Strike, request.Years, request.Rate, sigma, request.Type);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new CliException(ex.Message, ex);
        }
    }

    private static OptionType ParseType(string? text) => text?.ToUpperInvariant() switch
    {
        "CALL" or "C" => OptionType.Call,
        "PUT" or "P" => OptionType.Put,
        _ => throw new CliException($"--type must be call or put (got '{text}')"),
    };

    private static string StatusName(IvStatus status) => status switch
    {
        IvStatus.Solved => "solved",
        IvStatus.BelowIntrinsic => "below_intrinsic",
        IvStatus.AboveBound => "above_bound",
        IvStatus.OutsideBracket => "outside_bracket",
        _ => "no_convergence",
    };

    private static string ToJson(in Greeks greeks, double? iv, string status)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("status", status);
            writer.WriteNumber("price", greeks.Price);
            writer.WriteNumber("delta", greeks.Delta);
            writer.WriteNumber("gamma", greeks.Gamma);
            writer.WriteNumber("vega", greeks.Vega);
            writer.WriteNumber("theta", greeks.Theta);
            if (iv is double value)
            {
                writer.WriteNumber("iv", value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string ToNoSolutionJson(in IvResult result, string status)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("status", status);
            writer.WriteNull("iv");
            writer.WriteNumber("lower_bound", result.LowerBound);
            writer.WriteNumber("upper_bound", result.UpperBound);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTable(TextWriter stdout, in Greeks greeks, double? iv)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
        });
        var table = new Table().AddColumn("quantity").AddColumn(new TableColumn("value").RightAligned()).AddColumn("unit");
        if (iv is double vol)
        {
            table.AddRow("implied vol", Format(vol), "per sqrt(year)");
        }

        table.AddRow("price", Format(greeks.Price), "points");
        table.AddRow("delta", Format(greeks.Delta), "per point of F");
        table.AddRow("gamma", Format(greeks.Gamma), "per point of F");
        table.AddRow("vega", Format(greeks.Vega), "per 1.00 vol");
        table.AddRow("theta", Format(greeks.Theta), "per year");
        table.AddRow("N(d2)", Format(greeks.Nd2), "probability F_T > K");
        console.Write(table);
    }

    private static string Format(double value) => value.ToString("G10", CultureInfo.InvariantCulture);
}
