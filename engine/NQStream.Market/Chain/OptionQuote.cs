using NQStream.Market.Dbn;
using NQStream.Market.Pricing;

namespace NQStream.Market.Chain;

/// <summary>
/// One option of a chain snapshot: strike, right, quotes, last price, volume and open interest, as a vendor file or
/// the engine's instrument state reports them. Missing values are null (never 0 or NaN: a zero bid and a missing bid
/// differ).
/// </summary>
public readonly struct OptionQuote
{
    /// <summary>Strike in fixed point (1 unit = 1e-9 point): the key strikes are grouped by.</summary>
    public long StrikeRaw { get; init; }

    /// <summary>Strike in index points.</summary>
    public double Strike => ToPoints(StrikeRaw);

    /// <summary>Call or put.</summary>
    public OptionType Type { get; init; }

    /// <summary>Best bid (points), null when there is none.</summary>
    public double? Bid { get; init; }

    /// <summary>Best ask (points), null when there is none.</summary>
    public double? Ask { get; init; }

    /// <summary>Last price (points), null when there is none.</summary>
    public double? Last { get; init; }

    /// <summary>True when <see cref="Last"/> is a settlement price rather than a trade.</summary>
    public bool LastIsSettlement { get; init; }

    /// <summary>Time of the last price, UNIX-epoch nanoseconds, when known.</summary>
    public long? LastTimeNs { get; init; }

    /// <summary>Session volume in contracts, null when not reported.</summary>
    public long? Volume { get; init; }

    /// <summary>Buy-aggressor part of <see cref="Volume"/> (contracts), null when the source has no aggressor side.</summary>
    public long? BuyVolume { get; init; }

    /// <summary>Sell-aggressor part of <see cref="Volume"/> (contracts), null when the source has no aggressor side.</summary>
    public long? SellVolume { get; init; }

    /// <summary>Open interest (previous clearing) in contracts, null when not reported.</summary>
    public long? OpenInterest { get; init; }

    /// <summary>Expiry instant, UNIX-epoch nanoseconds, when known.</summary>
    public long? ExpirationNs { get; init; }

    /// <summary>Premium in dollars as the source reports it (Barchart: last × multiplier), when it does.</summary>
    public double? Premium { get; init; }

    /// <summary>Vendor or engine symbol, when known.</summary>
    public string? Symbol { get; init; }

    /// <summary>Converts a fixed-point strike (1e-9) to points.</summary>
    public static double ToPoints(long raw) => (double)raw / DbnConstants.FixedPriceScale;

    /// <summary>Converts a strike in points to the fixed-point key (rounded to the nearest 1e-9).</summary>
    public static long ToRaw(double points) => (long)Math.Round(points * DbnConstants.FixedPriceScale, MidpointRounding.AwayFromZero);
}
