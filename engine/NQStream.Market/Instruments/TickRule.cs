using System.Globalization;
using NQStream.Market.Dbn;

namespace NQStream.Market.Instruments;

/// <summary>
/// Minimum price increment as a function of price (docs/algorithms.md §1): fixed for futures
/// (<c>min_price_increment</c>), variable for CME equity-index options whose definition leaves the tick
/// UNDEF: the small tick when |premium| ≤ the threshold, else the large tick (NQ: 0.05 ≤ 5.00 &lt; 0.25).
/// All values are 1e-9 fixed point; never assume one tick per instrument.
/// </summary>
public readonly record struct TickRule
{
    private TickRule(long small, long large, long threshold)
    {
        SmallTickRaw = small;
        LargeTickRaw = large;
        ThresholdRaw = threshold;
    }

    /// <summary>No tick is known (neither the definition nor a product rule gives one).</summary>
    public static TickRule None => default;

    /// <summary>Tick at or below <see cref="ThresholdRaw"/> (raw).</summary>
    public long SmallTickRaw { get; }

    /// <summary>Tick above <see cref="ThresholdRaw"/> (raw).</summary>
    public long LargeTickRaw { get; }

    /// <summary>Largest |price| (raw) that still trades in <see cref="SmallTickRaw"/>.</summary>
    public long ThresholdRaw { get; }

    /// <summary>True when a tick is known.</summary>
    public bool IsDefined => SmallTickRaw > 0;

    /// <summary>True when the tick depends on the price.</summary>
    public bool IsVariable => SmallTickRaw != LargeTickRaw;

    /// <summary>One tick for every price (a definition's <c>min_price_increment</c>).</summary>
    public static TickRule Fixed(long tickRaw)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tickRaw);
        return new TickRule(tickRaw, tickRaw, long.MaxValue);
    }

    /// <summary>Small tick up to and including <paramref name="thresholdRaw"/>, large tick above it.</summary>
    public static TickRule Variable(long smallTickRaw, long largeTickRaw, long thresholdRaw)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(smallTickRaw);
        ArgumentOutOfRangeException.ThrowIfLessThan(largeTickRaw, smallTickRaw);
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdRaw);
        return new TickRule(smallTickRaw, largeTickRaw, thresholdRaw);
    }

    /// <summary>The tick that applies at <paramref name="priceRaw"/> (raw); 0 when no tick is known or the price is UNDEF.</summary>
    public long TickAt(long priceRaw)
    {
        if (!IsDefined || priceRaw == DbnConstants.UndefPrice)
        {
            return 0;
        }

        // Spread prices can be negative: the premium's magnitude decides.
        var magnitude = priceRaw == long.MinValue ? long.MaxValue : Math.Abs(priceRaw);
        return magnitude <= ThresholdRaw ? SmallTickRaw : LargeTickRaw;
    }

    /// <summary>The tick in points at a price in points; 0 when no tick is known.</summary>
    public double TickAt(double pricePoints) =>
        FixedPoint.ToPointsUnchecked(TickAt(FixedPoint.FromPoints(pricePoints)));

    /// <summary>True when <paramref name="priceRaw"/> is a multiple of the tick that applies at it.</summary>
    public bool IsOnTick(long priceRaw)
    {
        var tick = TickAt(priceRaw);
        return tick > 0 && priceRaw % tick == 0;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (!IsDefined)
        {
            return "none";
        }

        var small = FixedPoint.ToPointsUnchecked(SmallTickRaw).ToString("0.#########", CultureInfo.InvariantCulture);
        if (!IsVariable)
        {
            return small;
        }

        var large = FixedPoint.ToPointsUnchecked(LargeTickRaw).ToString("0.#########", CultureInfo.InvariantCulture);
        var threshold = FixedPoint.ToPointsUnchecked(ThresholdRaw).ToString("0.#########", CultureInfo.InvariantCulture);
        return $"{small} ≤ {threshold} < {large}";
    }
}
