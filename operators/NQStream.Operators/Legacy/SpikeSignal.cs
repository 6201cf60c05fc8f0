using NQStream.Market.Pricing;

namespace NQStream.Operators.Legacy;

/// <summary>A volume/OI spike (algorithms.md §10, fixed).</summary>
/// <param name="Strike">Strike (points).</param>
/// <param name="Type">Call or put.</param>
/// <param name="Volume">Session volume.</param>
/// <param name="OpenInterest">Open interest.</param>
/// <param name="Ratio">Volume / OI.</param>
/// <param name="LastPrice">Last price (points).</param>
/// <param name="DollarSize">Volume × last × M ($), unsigned whole-session size.</param>
/// <param name="Class">Class by ratio.</param>
/// <param name="Direction">From the aggressor-signed volume.</param>
/// <param name="Distance">|K − S| / S.</param>
/// <param name="WithinDistance">Distance ≤ max_distance (the 2 % flag).</param>
public sealed record SpikeSignal(double Strike, OptionType Type, long Volume, long OpenInterest, double Ratio, double LastPrice, double DollarSize, SpikeClass Class, SpikeDirection Direction, double Distance, bool WithinDistance);
