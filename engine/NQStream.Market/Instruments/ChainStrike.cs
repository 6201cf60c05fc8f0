namespace NQStream.Market.Instruments;

/// <summary>One strike of an expiry: the call and the put listed at it (either may be absent).</summary>
public sealed class ChainStrike
{
    internal ChainStrike(long strikeRaw) => StrikeRaw = strikeRaw;

    /// <summary>Strike, 1e-9 fixed point (the sort and lookup key).</summary>
    public long StrikeRaw { get; }

    /// <summary>Strike in points.</summary>
    public double Strike => FixedPoint.ToPointsUnchecked(StrikeRaw);

    /// <summary>The call at this strike, if listed.</summary>
    public Instrument? Call { get; internal set; }

    /// <summary>The put at this strike, if listed.</summary>
    public Instrument? Put { get; internal set; }

    /// <summary>The call or the put.</summary>
    public Instrument? Get(InstrumentClass side) => side switch
    {
        InstrumentClass.Call => Call,
        InstrumentClass.Put => Put,
        _ => null,
    };
}
