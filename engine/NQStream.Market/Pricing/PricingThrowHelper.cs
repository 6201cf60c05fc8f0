using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NQStream.Market.Pricing;

/// <summary>Out-of-line throws for the pricing hot path (keeps the callers small enough to inline).</summary>
internal static class PricingThrowHelper
{
    [DoesNotReturn]
    public static void ThrowInvalidInput(PricingInputError error, double forward, double strike, double years, double rate, double sigmaOrPrice)
    {
        string message = error switch
        {
            PricingInputError.Forward => $"Black-76: futures price F must be finite and > 0 (got {Format(forward)})",
            PricingInputError.Strike => $"Black-76: strike K must be finite and > 0 (got {Format(strike)})",
            PricingInputError.Time => $"Black-76: time to expiry T must be finite and > 0 years (got {Format(years)}); an expired option has no greeks",
            PricingInputError.Rate => $"Black-76: rate r must be finite with a finite discount factor e^(-rT) (got r={Format(rate)}, T={Format(years)})",
            PricingInputError.Volatility => $"Black-76: volatility sigma must be finite and > 0 with sigma*sqrt(T) > 0 (got sigma={Format(sigmaOrPrice)}, T={Format(years)})",
            PricingInputError.OptionPrice => $"Black-76: option price must be finite (got {Format(sigmaOrPrice)})",
            PricingInputError.Overflow => $"Black-76: result overflows the double range for F={Format(forward)}, K={Format(strike)}, T={Format(years)}, r={Format(rate)}, sigma={Format(sigmaOrPrice)}",
            _ => "Black-76: invalid input",
        };
        throw new ArgumentOutOfRangeException(ParamName(error), message);
    }

    private static string ParamName(PricingInputError error) => error switch
    {
        PricingInputError.Forward => "forward",
        PricingInputError.Strike => "strike",
        PricingInputError.Time => "years",
        PricingInputError.Rate => "rate",
        PricingInputError.Volatility => "sigma",
        PricingInputError.OptionPrice => "optionPrice",
        _ => "inputs",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
