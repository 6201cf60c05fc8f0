namespace NQStream.Feeds.Simulation;

/// <summary>
/// An injected institutional flow: a small state machine the day loop steps at the times it asks for.
/// <see cref="Step"/> returns the next time to run, or <see cref="Done"/>.
/// </summary>
internal abstract class FlowScript
{
    public const ulong Done = ulong.MaxValue;

    protected FlowScript(bool informed) => Informed = informed;

    public bool Informed { get; }

    public abstract ulong Step(DaySimulator day, ulong now);

    /// <summary>
    /// Rests liquidity on the <paramref name="levels"/> best opposite prices so that each holds its share of
    /// <paramref name="contracts"/>, then one aggressor event takes <paramref name="contracts"/> (or, for a
    /// sweep, at least everything in front of the last level plus one lot) across exactly those levels.
    /// Fails (no records) when that would exceed <paramref name="maxContracts"/>.
    /// </summary>
    protected static TradeResult TakeLevels(DaySimulator day, SimInstrument inst, byte side, long contracts, int levels, ref ulong ts, long maxContracts = long.MaxValue)
    {
        var resting = Sides.Opposite(side);
        Span<long> prices = stackalloc long[8];
        var n = inst.Book.Levels(resting, prices[..levels]);
        if (n < levels || contracts < levels)
        {
            return default;
        }

        long ahead = 0;
        for (var k = 0; k < levels - 1; k++)
        {
            ahead += inst.Book.SizeAt(resting, prices[k]);
        }

        var quantity = Math.Max(contracts, ahead + 1);
        if (quantity > maxContracts)
        {
            return default;
        }

        for (var k = 0; k < levels; k++)
        {
            var share = (contracts / levels) + (k == levels - 1 ? contracts % levels : 0);
            var existing = inst.Book.SizeAt(resting, prices[k]);
            if (share > existing)
            {
                day.Flow.Add(inst, ts, resting, prices[k], (uint)(share - existing), OrderOwner.Liquidity);
                ts += 1_000;
            }
        }

        ts += 20_000;
        var result = day.Flow.Aggress(inst, ts, side, prices[levels - 1], (uint)quantity);
        day.ScheduleRefill(inst, ts + 200_000);
        return result;
    }

    /// <summary>Aggressor side that buys (+1) or sells (−1) delta in this option.</summary>
    protected static byte SideFor(SimInstrument inst, int deltaSign) => (inst.IsCall ? deltaSign > 0 : deltaSign < 0) ? Sides.Bid : Sides.Ask;
}
