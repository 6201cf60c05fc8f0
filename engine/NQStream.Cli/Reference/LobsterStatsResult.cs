using NQStream.Operators.Numerics;

namespace NQStream.Cli.Reference;

/// <summary>The statistics of docs/algorithms.md §8 for one LOBSTER file pair. Price units: ticks of $0.01, cents.</summary>
internal sealed record LobsterStatsResult
{
    public required long Events { get; init; }
    public required IReadOnlyDictionary<int, long> EventsByType { get; init; }
    public required long FirstTsNs { get; init; }
    public required long LastTsNs { get; init; }
    public required long ExecutedSharesVisible { get; init; }
    public required long ExecutedSharesHidden { get; init; }
    public required double? SpreadTimeWeightedCents { get; init; }
    public required double? SpreadEventWeightedCents { get; init; }
    public required double? DepthBidTimeWeighted { get; init; }
    public required double? DepthAskTimeWeighted { get; init; }
    public required Accuracy TickRule { get; init; }
    public required Accuracy QuoteRule { get; init; }
    public required Accuracy QuoteRuleVisible { get; init; }
    public required Accuracy QuoteRuleHidden { get; init; }
    public required Accuracy LeeReady { get; init; }
    public required RegressionWindow OfiDay { get; init; }
    public required IReadOnlyList<RegressionWindow> OfiBlocks { get; init; }
    public required double? OfiR2Mean30Min { get; init; }
    public required double? OfiBetaMean30Min { get; init; }
    public required RegressionWindow KyleDay { get; init; }
    public required Vpins VpinExact { get; init; }
    public required Vpins VpinBvc { get; init; }
    public required int BvcBars { get; init; }
    public required double? BvcSigmaDollars { get; init; }

    /// <summary>Price unit of the regressions: 1 tick = $0.01.</summary>
    public const double TickDollars = 0.01;

    /// <summary>A sign rule's agreement with the true signs: correct / denominator (classified, or all trades for Lee–Ready).</summary>
    public sealed record Accuracy(long Correct, long Denominator, double? Value);

    /// <summary>A VPIN run over the day: mean over all buckets, bucket count, V, extremes.</summary>
    public sealed record Vpins(double? Value, long Buckets, double BucketVolume, double? Min, double? Max);
}
