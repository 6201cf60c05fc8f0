using NQStream.Market.Dbn;

namespace NQStream.Market;

/// <summary>
/// The one place where DBN fixed-point values (int64, 1 unit = 1e-9) become index points and back
/// (docs/architecture.md: fixed-point until an operator needs points).
/// </summary>
public static class FixedPoint
{
    /// <summary>Points of a raw value; null for <see cref="DbnConstants.UndefPrice"/>.</summary>
    public static double? ToPoints(long raw) => raw == DbnConstants.UndefPrice ? null : ToPointsUnchecked(raw);

    /// <summary>Points of a raw value known to be defined.</summary>
    public static double ToPointsUnchecked(long raw) => raw / (double)DbnConstants.FixedPriceScale;

    /// <summary>Raw value of <paramref name="points"/>, rounded to the nearest 1e-9.</summary>
    public static long FromPoints(double points)
    {
        if (!double.IsFinite(points) || Math.Abs(points) >= long.MaxValue / (double)DbnConstants.FixedPriceScale)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "not representable as a 1e-9 fixed-point value");
        }

        return (long)Math.Round(points * DbnConstants.FixedPriceScale, MidpointRounding.AwayFromZero);
    }
}
