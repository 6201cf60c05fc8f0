using System.Diagnostics;
using NQStream.Market.Sessions;

namespace NQStream.Operators.Baseline;

/// <summary>
/// History of one trade date (§5.4): per cell the contracts traded V_d(c) and the distinct instruments n_d(c),
/// plus the ToD buckets the session covered (a bucket the session did not reach is left out of that bucket's
/// median rather than counted as 0).
/// </summary>
[DebuggerDisplay("{TradeDate} covered={CoveredBuckets}")]
public sealed class BaselineDay
{
    private readonly long[] _volume = new long[BaselineCell.Count];
    private readonly int[] _instruments = new int[BaselineCell.Count];

    /// <summary>An empty day.</summary>
    public BaselineDay(DateOnly tradeDate, ulong coveredBuckets)
    {
        TradeDate = tradeDate;
        CoveredBuckets = coveredBuckets & AllBuckets;
    }

    /// <summary>Mask of all 46 ToD buckets.</summary>
    public const ulong AllBuckets = (1UL << TradingSession.BucketCount) - 1;

    /// <summary>The trade date.</summary>
    public DateOnly TradeDate { get; }

    /// <summary>Bit b set when the session covered ToD bucket b.</summary>
    public ulong CoveredBuckets { get; private set; }

    /// <summary>V_d(c): contracts traded in cell <paramref name="cellIndex"/>.</summary>
    public long Volume(int cellIndex) => _volume[cellIndex];

    /// <summary>n_d(c): distinct instruments with at least one trade in the cell.</summary>
    public int Instruments(int cellIndex) => _instruments[cellIndex];

    /// <summary>u_d(c) = V_d(c) / n_d(c), or 0 when n_d(c) = 0.</summary>
    public double PerInstrument(int cellIndex)
    {
        var n = _instruments[cellIndex];
        return n == 0 ? 0.0 : (double)_volume[cellIndex] / n;
    }

    /// <summary>True when the session covered ToD bucket <paramref name="todBucket"/>.</summary>
    public bool Covers(int todBucket) => (uint)todBucket < TradingSession.BucketCount && (CoveredBuckets & (1UL << todBucket)) != 0;

    /// <summary>Number of cells with a trade.</summary>
    public int NonEmptyCells()
    {
        var count = 0;
        foreach (var n in _instruments)
        {
            if (n != 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Marks ToD bucket <paramref name="todBucket"/> as covered.</summary>
    public void Cover(int todBucket)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(todBucket);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(todBucket, TradingSession.BucketCount);
        CoveredBuckets |= 1UL << todBucket;
    }

    /// <summary>Sets a cell's totals (builder and file reader).</summary>
    public void Set(int cellIndex, long volume, int instruments)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(volume);
        ArgumentOutOfRangeException.ThrowIfNegative(instruments);
        if (instruments > volume || (instruments == 0 && volume != 0))
        {
            throw new ArgumentException($"cell {cellIndex}: {instruments} instruments cannot trade {volume} contracts", nameof(instruments));
        }

        _volume[cellIndex] = volume;
        _instruments[cellIndex] = instruments;
    }
}
