namespace NQStream.Operators.Risk;

/// <summary>
/// The dealer-position assumption of GEX (algorithms.md §7.2): the sign of the dealers' call (g_c) and put (g_p)
/// positions. Vendors differ on it; every output that depends on it must show it.
/// </summary>
/// <param name="CallSign">g_c: +1 dealers long calls, −1 short, 0 ignored.</param>
/// <param name="PutSign">g_p: +1 dealers long puts, −1 short, 0 ignored.</param>
/// <param name="Name">The assumption's name as configured (e.g. long_calls_short_puts).</param>
public readonly record struct DealerSigns(int CallSign, int PutSign, string Name)
{
    /// <summary>The default (SqueezeMetrics): customers sell calls and buy puts, so dealers are long calls and short puts (+1, −1).</summary>
    public static DealerSigns LongCallsShortPuts { get; } = new(1, -1, "long_calls_short_puts");

    /// <summary>Dealers short calls and short puts (−1, −1).</summary>
    public static DealerSigns ShortCallsShortPuts { get; } = new(-1, -1, "short_calls_short_puts");

    /// <summary>Custom signs, each in {−1, 0, +1}.</summary>
    public static DealerSigns Custom(int callSign, int putSign)
    {
        if (callSign is < -1 or > 1 || putSign is < -1 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(callSign), $"dealer signs must be -1, 0 or +1 (got {callSign}, {putSign})");
        }

        return new DealerSigns(callSign, putSign, "custom");
    }
}
