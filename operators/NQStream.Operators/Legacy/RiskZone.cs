using NQStream.Market.Pricing;

namespace NQStream.Operators.Legacy;

/// <summary>An out-of-the-money strike side with premium at risk.</summary>
/// <param name="Strike">Strike (points).</param>
/// <param name="Side">Call (strike above S) or put (strike below S).</param>
/// <param name="OpenInterest">Open interest of that side.</param>
/// <param name="Price">Option price used (points).</param>
/// <param name="RiskUsd">OI × price × M ($).</param>
/// <param name="DistancePts">|K − S| in points.</param>
/// <param name="Band">Distance band.</param>
/// <param name="DangerScore">RiskUsd × the band's weight (ranking key).</param>
public sealed record RiskZone(double Strike, OptionType Side, long OpenInterest, double Price, double RiskUsd, double DistancePts, RiskBand Band, double DangerScore);
