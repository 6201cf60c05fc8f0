namespace NQStream.Feeds.Simulation;

/// <summary>
/// Valid NQ prices in DBN fixed point (1e-9): futures tick 0.25; options tick 0.25 above 5.00 points and
/// 0.05 at or below 5.00 (algorithms.md §1: the tick depends on the price, never on the instrument).
/// </summary>
internal static class PriceGrid
{
    public const long Scale = 1_000_000_000L;
    public const long Quarter = 250_000_000L;
    public const long Nickel = 50_000_000L;
    public const long Five = 5 * Scale;

    public static long ToRaw(double points) => (long)Math.Round(points * Scale);

    public static double ToPoints(long raw) => raw / (double)Scale;

    /// <summary>Largest valid option price ≤ <paramref name="points"/> (may be ≤ 0: no valid bid).</summary>
    public static long OptionFloor(double points)
    {
        var raw = (long)Math.Floor(points * Scale);
        var step = raw > Five ? Quarter : Nickel;
        return FloorTo(raw, step);
    }

    /// <summary>Smallest valid option price ≥ <paramref name="points"/> (at least one nickel).</summary>
    public static long OptionCeiling(double points)
    {
        var raw = (long)Math.Ceiling(points * Scale);
        var v = raw >= Five ? CeilTo(raw, Quarter) : CeilTo(raw, Nickel);
        return v < Nickel ? Nickel : v;
    }

    /// <summary>The next valid option price above <paramref name="raw"/>.</summary>
    public static long OptionUp(long raw) => raw >= Five ? raw + Quarter : raw + Nickel;

    /// <summary>The next valid option price below <paramref name="raw"/> (≤ 0 when there is none).</summary>
    public static long OptionDown(long raw) => raw > Five ? raw - Quarter : raw - Nickel;

    /// <summary>Option ticks between two valid prices (<paramref name="lo"/> ≤ <paramref name="hi"/>).</summary>
    public static int OptionTicks(long lo, long hi)
    {
        if (hi <= Five)
        {
            return (int)((hi - lo) / Nickel);
        }

        if (lo >= Five)
        {
            return (int)((hi - lo) / Quarter);
        }

        return (int)(((Five - lo) / Nickel) + ((hi - Five) / Quarter));
    }

    public static long FloorTo(long raw, long step) => raw >= 0 ? raw / step * step : -((-raw + step - 1) / step * step);

    public static long CeilTo(long raw, long step) => raw >= 0 ? (raw + step - 1) / step * step : -(-raw / step * step);
}
