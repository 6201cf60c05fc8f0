using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.Market.Pricing;

namespace NQStream.Cli.Commands;

/// <summary>The inputs of <c>nqstream options price</c>, validated at the CLI boundary with one-line errors.</summary>
internal readonly record struct PriceRequest(
    double Forward, double Strike, double Years, double Rate, OptionType Type, double? Sigma, double? Price)
{
    /// <summary>Throws <see cref="CliException"/> (exit 2) naming the option and what was expected.</summary>
    public void Validate()
    {
        RequirePositive("--F", Forward, "futures price in points");
        RequirePositive("--K", Strike, "strike in points");
        RequirePositive("--T", Years, "years to expiry; an expired option has no price");
        if (!double.IsFinite(Rate))
        {
            throw new CliException(Invariant($"--r must be a finite rate (got {Rate:R})"));
        }

        switch (Sigma, Price)
        {
            case (null, null):
                throw new CliException("give exactly one of --sigma (price the option) or --price (solve the implied volatility); neither was given");
            case (not null, not null):
                throw new CliException("give exactly one of --sigma (price the option) or --price (solve the implied volatility), not both");
            case (double sigma, null):
                RequirePositive("--sigma", sigma, "volatility as a decimal, e.g. 0.20");
                break;
            case (null, double price) when !double.IsFinite(price):
                throw new CliException(Invariant($"--price must be a finite option price in points (got {price:R})"));
        }
    }

    private static void RequirePositive(string option, double value, string meaning)
    {
        if (!(value > 0.0 && double.IsFinite(value)))
        {
            throw new CliException(Invariant($"{option} must be > 0 ({meaning}); got {value:R}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
