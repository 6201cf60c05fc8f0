using NQStream.Market.Instruments;
using NQStream.Market.Sessions;

namespace NQStream.Operators.Baseline;

/// <summary>
/// Baseline cell key of docs/algorithms.md §5.4: (expiry class, DTE bucket, |Δ| bucket, call/put, ToD bucket),
/// packed into a dense index 0..<see cref="Count"/>−1 so that per-cell state lives in flat arrays.
/// </summary>
public readonly record struct BaselineCell
{
    /// <summary>Expiry classes in the key (weekly, monthly, quarterly).</summary>
    public const int ExpiryClasses = 3;

    /// <summary>DTE buckets: 0 · 1 · 2–5 · 6–20 · 21+.</summary>
    public const int DteBuckets = 5;

    /// <summary>|Δ| buckets: [0, 0.10) · [0.10, 0.25) · [0.25, 0.40) · [0.40, 0.60) · [0.60, 1].</summary>
    public const int DeltaBuckets = 5;

    /// <summary>Cells per trade date: 3 × 5 × 5 × 2 × 46 = 6,900.</summary>
    public const int Count = ExpiryClasses * DteBuckets * DeltaBuckets * 2 * TradingSession.BucketCount;

    private BaselineCell(int index) => Index = index;

    /// <summary>Dense index 0..6,899.</summary>
    public int Index { get; }

    /// <summary>Expiry class (never <see cref="ExpiryClass.Unknown"/>).</summary>
    public ExpiryClass ExpiryClass => (ExpiryClass)((Index / (DteBuckets * DeltaBuckets * 2 * TradingSession.BucketCount)) + 1);

    /// <summary>DTE bucket 0..4.</summary>
    public int DteBucket => Index / (DeltaBuckets * 2 * TradingSession.BucketCount) % DteBuckets;

    /// <summary>|Δ| bucket 0..4.</summary>
    public int DeltaBucket => Index / (2 * TradingSession.BucketCount) % DeltaBuckets;

    /// <summary>True for puts.</summary>
    public bool IsPut => Index / TradingSession.BucketCount % 2 == 1;

    /// <summary>Time-of-day bucket 0..45.</summary>
    public int TodBucket => Index % TradingSession.BucketCount;

    /// <summary>The cell with dense index <paramref name="index"/>.</summary>
    public static BaselineCell FromIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return new BaselineCell(index);
    }

    /// <summary>
    /// Builds the cell of a trade; false when no cell exists (unknown expiry class, Δ not finite or outside
    /// [−1, 1], negative DTE, ToD outside 0..45), which §5.4 treats as "no cell → no ratio".
    /// </summary>
    public static bool TryCreate(ExpiryClass expiryClass, int dte, double delta, bool isPut, int todBucket, out BaselineCell cell)
    {
        cell = default;
        if (expiryClass is < ExpiryClass.Quarterly or > ExpiryClass.Weekly || dte < 0 || !double.IsFinite(delta)
            || (uint)todBucket >= TradingSession.BucketCount)
        {
            return false;
        }

        var abs = Math.Abs(delta);
        if (abs > 1.0)
        {
            return false;
        }

        var index = ((int)expiryClass - 1) * DteBuckets;
        index = (index + DteBucketOf(dte)) * DeltaBuckets;
        index = (index + DeltaBucketOf(abs)) * 2;
        index = (index + (isPut ? 1 : 0)) * TradingSession.BucketCount;
        cell = new BaselineCell(index + todBucket);
        return true;
    }

    /// <summary>DTE bucket of §5.4: 0 → 0, 1 → 1, 2–5 → 2, 6–20 → 3, 21+ → 4.</summary>
    public static int DteBucketOf(int dte) => dte switch
    {
        <= 0 => 0,
        1 => 1,
        <= 5 => 2,
        <= 20 => 3,
        _ => 4,
    };

    /// <summary>|Δ| bucket of §5.4 (half-open intervals, the last one closed at 1).</summary>
    public static int DeltaBucketOf(double absDelta) => absDelta switch
    {
        < 0.10 => 0,
        < 0.25 => 1,
        < 0.40 => 2,
        < 0.60 => 3,
        _ => 4,
    };
}
