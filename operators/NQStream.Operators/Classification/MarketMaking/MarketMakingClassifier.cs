using NQStream.Operators.Options;

namespace NQStream.Operators.Classification.MarketMaking;

/// <summary>
/// Market making vs institutional order behaviour (docs/algorithms.md §5.7). Each feature x ∈ [0, 1] with 1 =
/// institutional-like; S = Σ w·x with the weights of <see cref="MmScoreOptions"/>; INSTITUTIONAL if
/// S ≥ institutional_min, MARKET_MAKING if S ≤ mm_max, MIXED otherwise. The public feed carries no trader
/// identity: the label describes order behaviour only. The feature normalisers are the definitions of §5.7;
/// the weights and cut-offs are the configuration.
/// </summary>
public sealed class MarketMakingClassifier
{
    /// <summary>T1 normaliser: premium at which x = 1 ($).</summary>
    public const double PremiumScaleUsd = 100_000;

    /// <summary>M5 normaliser: size·price·20 at which x = 1 ($).</summary>
    public const double MakerSizeScaleUsd = 100_000;

    /// <summary>M1: lifetime at which x = 1 (s).</summary>
    public const double LifetimeFullSeconds = 60;

    private readonly MmScoreOptions _options;

    /// <summary>Creates the classifier.</summary>
    /// <param name="options">Weights and cut-offs.</param>
    public MarketMakingClassifier(MmScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Label of a score under the configured cut-offs.</summary>
    /// <param name="score">S.</param>
    public MmLabel LabelOf(double score) =>
        score >= _options.InstitutionalMin ? MmLabel.Institutional : score <= _options.MmMax ? MmLabel.MarketMaking : MmLabel.Mixed;

    /// <summary>Scores an aggressor event.</summary>
    /// <param name="e">Its measurements.</param>
    public MmScore ScoreTaker(in TakerInputs e)
    {
        if (e.Levels < 1 || e.Quantity < 0 || e.PackageCount < 0 || e.SliceCount < 0 || !(e.PremiumUsd >= 0) || !(e.AbsImbalance >= 0 && e.AbsImbalance <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(e), e, "taker inputs: levels ≥ 1, counts ≥ 0, premium ≥ 0, |AI| in [0, 1]");
        }

        var w = _options.TakerWeights;
        double[] x =
        [
            Math.Min(1, e.PremiumUsd / PremiumScaleUsd),
            Math.Min(1, (e.Levels - 1) / 2.0),
            e.TouchSize is long touch && touch > 0 ? Math.Min(1, (double)e.Quantity / touch) : 0,
            Math.Min(1, e.PackageCount / 2.0),
            Math.Min(1, e.SliceCount / 4.0),
            e.AbsImbalance,
            e.InQuoteWave ? 0 : 1,
        ];
        var s = (w.Premium * x[0]) + (w.SweepDepth * x[1]) + (w.BookTake * x[2]) + (w.Package * x[3])
              + (w.Persistence * x[4]) + (w.OneSidedness * x[5]) + (w.OutsideQuoteWave * x[6]);
        return new MmScore(MmUnit.Taker, s, LabelOf(s), x);
    }

    /// <summary>Scores a resting order's life.</summary>
    /// <param name="o">Its measurements.</param>
    public MmScore ScoreMaker(in MakerInputs o)
    {
        if (!(o.LifetimeSeconds >= 0) || o.Modifies < 0 || o.PartialCancels < 0 || o.Fills < 0 || o.Size < 0 || !(o.Price >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(o), o, "maker inputs: lifetime, counts, size and price must be ≥ 0");
        }

        var w = _options.MakerWeights;
        var lifetime = o.LifetimeSeconds <= 1 ? 0 : Math.Clamp(Math.Log10(o.LifetimeSeconds) / Math.Log10(LifetimeFullSeconds), 0, 1);
        var churn = 1 - Math.Min(1, (o.Modifies + o.PartialCancels) / (double)Math.Max(o.Fills, 1) / 10);
        double[] x =
        [
            lifetime,
            churn,
            o.QuotePaired ? 0 : 1,
            o.InQuoteWave ? 0 : 1,
            Math.Min(1, o.Size * o.Price * 20 / MakerSizeScaleUsd),
            o.Iceberg ? 1 : 0,
        ];
        var s = (w.Lifetime * x[0]) + (w.Churn * x[1]) + (w.OneSided * x[2]) + (w.OutsideQuoteWave * x[3])
              + (w.Size * x[4]) + (w.Iceberg * x[5]);
        return new MmScore(MmUnit.Maker, s, LabelOf(s), x);
    }
}
