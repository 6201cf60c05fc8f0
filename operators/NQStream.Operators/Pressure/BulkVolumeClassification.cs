using NQStream.Operators.Numerics;

namespace NQStream.Operators.Pressure;

/// <summary>
/// Bulk volume classification (§4.4 fallback): the buy fraction of a bar's volume is Φ(ΔP / σ_ΔP),
/// ΔP the close-to-close change, no mean subtracted. Only for data without aggressor flags.
/// </summary>
public static class BulkVolumeClassification
{
    /// <summary>Buy fraction of a bar; 0.5 when there is no previous close (first bar).</summary>
    /// <param name="deltaPricePts">Close-to-close change, or null for the first bar.</param>
    /// <param name="sigmaPts">Standard deviation of ΔP (&gt; 0).</param>
    public static double BuyFraction(double? deltaPricePts, double sigmaPts)
    {
        if (!(sigmaPts > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaPts), sigmaPts, "σ of the bar price changes must be positive");
        }

        return deltaPricePts is { } dp ? NormalCdf.Phi(dp / sigmaPts) : 0.5;
    }
}
