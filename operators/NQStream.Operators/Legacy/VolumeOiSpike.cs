using NQStream.Market.Chain;
using NQStream.Market.Pricing;

namespace NQStream.Operators.Legacy;

/// <summary>
/// The earlier system's "dead-simple" spike (IFD v1, algorithms.md §10), with its bugs fixed: per contract, session
/// volume / open interest ≥ 10, volume ≥ 500 and volume × last × M ≥ $100k; class by the ratio; direction from the
/// aggressor-signed volume (sold calls are bearish), Unknown when the input has no aggressor data; the 2 % distance
/// flag against the option's own underlying. Missing volume, missing or zero OI → no ratio, no signal (§0.3).
/// Intraday it runs on cumulative session volume against the previous day's OI.
/// </summary>
public static class VolumeOiSpike
{
    /// <summary>The signals, strongest class first, then by dollar size (largest first), then by strike.</summary>
    public static IReadOnlyList<SpikeSignal> Evaluate(IEnumerable<SpikeInput> contracts, double underlying, SpikeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(settings);
        if (!(underlying > 0.0 && double.IsFinite(underlying)))
        {
            throw new ArgumentOutOfRangeException(nameof(underlying), $"underlying price must be finite and > 0 (got {underlying})");
        }

        var signals = new List<SpikeSignal>();
        foreach (var c in contracts)
        {
            if (c.Volume is not long volume || c.OpenInterest is not long oi || oi <= 0 || volume <= 0)
            {
                continue;
            }

            double ratio = (double)volume / oi;
            double last = c.LastPrice ?? 0.0;
            double dollars = volume * last * settings.Multiplier;
            if (ratio < settings.ModerateRatio || volume < settings.MinVolume || dollars < settings.MinDollarSize)
            {
                continue;
            }

            double distance = Math.Abs(c.Strike - underlying) / underlying;
            signals.Add(new SpikeSignal(c.Strike, c.Type, volume, oi, ratio, last, dollars, Classify(ratio, settings),
                Direction(c), distance, distance <= settings.MaxDistance));
        }

        signals.Sort(static (a, b) =>
        {
            int c = b.Class.CompareTo(a.Class);
            if (c == 0)
            {
                c = b.DollarSize.CompareTo(a.DollarSize);
            }

            return c != 0 ? c : a.Strike.CompareTo(b.Strike);
        });
        return signals;
    }

    /// <summary>
    /// The spike inputs of a snapshot: volume, OI and last of every option, with the aggressor split when the snapshot
    /// has one (a replay's MBO trades; vendor files have none, so their direction is Unknown).
    /// </summary>
    public static IReadOnlyList<SpikeInput> FromSnapshot(ChainSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Quotes.Select(q => new SpikeInput(q.Strike, q.Type, q.Volume, q.OpenInterest, q.Last, q.BuyVolume, q.SellVolume)).ToList();
    }

    /// <summary>The class of a ratio that passed the admission threshold.</summary>
    public static SpikeClass Classify(double ratio, SpikeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ratio >= settings.ExtremeRatio ? SpikeClass.Extreme
            : ratio >= settings.VeryHighRatio ? SpikeClass.VeryHigh
            : ratio >= settings.HighRatio ? SpikeClass.High
            : SpikeClass.Moderate;
    }

    private static SpikeDirection Direction(in SpikeInput c)
    {
        if (c.BuyVolume is not long buy || c.SellVolume is not long sell)
        {
            return SpikeDirection.Unknown;
        }

        int net = Math.Sign(buy - sell);
        if (net == 0)
        {
            return SpikeDirection.Flat;
        }

        bool bullish = (c.Type == OptionType.Call) == (net > 0);
        return bullish ? SpikeDirection.Long : SpikeDirection.Short;
    }
}
