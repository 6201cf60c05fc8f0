using NQStream.Operators.Options;

namespace NQStream.Operators.Baseline;

/// <summary>
/// One §5.4 evaluation: the volume so far in the bucket against the cell's baseline. <see cref="Ratio"/> and
/// <see cref="ZRob"/> are null when undefined (zero volume, or fewer than <c>min_history_days</c> history days:
/// <see cref="Warmup"/>); never NaN.
/// </summary>
/// <param name="Cell">The cell compared against.</param>
/// <param name="Volume">v: contracts in the bucket so far (instrument, or cell for per_cell).</param>
/// <param name="Median">Baseline median of the unit.</param>
/// <param name="Mad">Unscaled MAD of ln(1 + unit).</param>
/// <param name="DaysUsed">History days behind the statistics.</param>
/// <param name="Ratio">R = v / max(median, 1), or null.</param>
/// <param name="ZRob">Robust z, or null.</param>
/// <param name="Class">Ratio class (NONE below the floor or in warm-up).</param>
/// <param name="Warmup">Fewer than <c>min_history_days</c> history days.</param>
public readonly record struct VolumeRatioResult(
    BaselineCell Cell,
    long Volume,
    double Median,
    double Mad,
    int DaysUsed,
    double? Ratio,
    double? ZRob,
    RatioClass Class,
    bool Warmup);
