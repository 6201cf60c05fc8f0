using MathNet.Numerics.Distributions;
using MathNet.Numerics.RootFinding;
using NQStream.Market.Pricing;

namespace NQStream.Benchmarks.Pricing;

/// <summary>
/// The peer: a textbook Black-76 written directly on MathNet.Numerics 5.0.0 (Normal.CDF/PDF, Brent root finder),
/// as a team would write it without a dedicated kernel. Same formulas and units as <see cref="Black76"/>.
/// </summary>
internal static class MathNetBlack76
{
    public static Greeks Compute(double f, double k, double t, double r, double sigma, OptionType type)
    {
        double sqrtT = Math.Sqrt(t);
        double d1 = (Math.Log(f / k) + (0.5 * sigma * sigma * t)) / (sigma * sqrtT);
        double d2 = d1 - (sigma * sqrtT);
        double discount = Math.Exp(-r * t);
        double pdf = Normal.PDF(0.0, 1.0, d1);
        double price = type == OptionType.Call
            ? discount * ((f * Normal.CDF(0.0, 1.0, d1)) - (k * Normal.CDF(0.0, 1.0, d2)))
            : discount * ((k * Normal.CDF(0.0, 1.0, -d2)) - (f * Normal.CDF(0.0, 1.0, -d1)));
        double delta = type == OptionType.Call ? discount * Normal.CDF(0.0, 1.0, d1) : -discount * Normal.CDF(0.0, 1.0, -d1);
        double gamma = discount * pdf / (f * sigma * sqrtT);
        double vega = discount * f * pdf * sqrtT;
        double theta = (-discount * f * pdf * sigma / (2.0 * sqrtT)) + (r * price);
        return new Greeks(price, delta, gamma, vega, theta, Normal.CDF(0.0, 1.0, d2));
    }

    public static double ImpliedVol(double price, double f, double k, double t, double r, OptionType type)
        => Brent.TryFindRoot(s => Compute(f, k, t, r, s, type).Price - price, 1e-4, 5.0, 1e-10, 100, out double root)
            ? root
            : double.NaN;
}
