using NQStream.Operators.Options;

namespace NQStream.Operators.Baseline;

/// <summary>Pure §5.4 arithmetic: ratio, robust z and class for a volume against a cell baseline.</summary>
public static class RatioMath
{
    /// <summary>Consistency constant that scales a MAD to a normal standard deviation.</summary>
    public const double MadScale = 1.4826;

    /// <summary>Evaluates <paramref name="volume"/> against <paramref name="baseline"/> (no allocation).</summary>
    public static VolumeRatioResult Evaluate(BaselineCell cell, long volume, in CellBaseline baseline, BaselineOptions options)
    {
        var warmup = baseline.DaysUsed < options.MinHistoryDays;
        if (warmup || volume <= 0)
        {
            return new VolumeRatioResult(cell, volume, baseline.Median, baseline.LogMad, baseline.DaysUsed, null, null, RatioClass.None, warmup);
        }

        var ratio = volume / Math.Max(baseline.Median, 1.0);
        var z = (Math.Log(1.0 + volume) - baseline.LogMedian) / Math.Max(MadScale * baseline.LogMad, options.MadFloor);
        var cls = volume < options.VolumeFloor ? RatioClass.None : Classify(ratio, options.Thresholds);
        return new VolumeRatioResult(cell, volume, baseline.Median, baseline.LogMad, baseline.DaysUsed, ratio, z, cls, false);
    }

    /// <summary>The class of ratio <paramref name="ratio"/> (lower bounds inclusive), ignoring the volume floor.</summary>
    public static RatioClass Classify(double ratio, RatioThresholdsOptions thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (ratio >= thresholds.Extreme)
        {
            return RatioClass.Extreme;
        }

        if (ratio >= thresholds.VeryHigh)
        {
            return RatioClass.VeryHigh;
        }

        if (ratio >= thresholds.High)
        {
            return RatioClass.High;
        }

        return ratio >= thresholds.Moderate ? RatioClass.Moderate : RatioClass.None;
    }
}
