using NQStream.Market.Pricing;

namespace NQStream.Operators.Legacy;

/// <summary>One contract's session figures for the spike test.</summary>
/// <param name="Strike">Strike (points).</param>
/// <param name="Type">Call or put.</param>
/// <param name="Volume">Cumulative session volume (contracts), null when not reported.</param>
/// <param name="OpenInterest">Previous day's open interest, null when not reported.</param>
/// <param name="LastPrice">Last price (points), null when none.</param>
/// <param name="BuyVolume">Buy-aggressor volume, null when unknown.</param>
/// <param name="SellVolume">Sell-aggressor volume, null when unknown.</param>
public readonly record struct SpikeInput(double Strike, OptionType Type, long? Volume, long? OpenInterest, double? LastPrice, long? BuyVolume, long? SellVolume);
