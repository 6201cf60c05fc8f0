using FluentAssertions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Evaluation;

public sealed class ScoredSetTests
{
    private static ScoringCandidate C(string tag, SignalKind kind, SignalPriority priority, uint instrument, uint underlying, SignalDirection dir, long ts, long bucket, long resolved, bool suspect = false) =>
        new(SignalFactory.Create(kind, ts, underlying, instrument, tag, dir, RatioClass.High, priority, 0.9, 0.5, [], "p"), bucket, suspect, resolved);

    [Fact]
    public void Selects_first_high_per_bucket_every_emergency_and_deduplicates_open_clusters()
    {
        ScoringCandidate[] all =
        [
            C("a-medium", SignalKind.VolumeShock, SignalPriority.Medium, 10, 1, SignalDirection.Bullish, 100, 0, 200),
            C("a-high", SignalKind.VolumeShock, SignalPriority.High, 10, 1, SignalDirection.Bullish, 110, 0, 500),
            C("a-immediate-upgrade", SignalKind.VolumeShock, SignalPriority.Immediate, 10, 1, SignalDirection.Bullish, 120, 0, 600),   // not the first HIGH+ of the bucket
            C("b-high-same-cluster", SignalKind.VolumeShock, SignalPriority.High, 11, 1, SignalDirection.Bullish, 300, 0, 900),         // a-high unresolved until 500
            C("c-high-bearish", SignalKind.VolumeShock, SignalPriority.High, 12, 1, SignalDirection.Bearish, 310, 0, 400),              // other direction
            C("b-next-bucket", SignalKind.VolumeShock, SignalPriority.High, 11, 1, SignalDirection.Bullish, 500, 1800, 700),          // a-high resolved at 500
            C("emergency-1", SignalKind.Emergency, SignalPriority.Immediate, 2, 2, SignalDirection.Bearish, 50, 0, 60),
            C("emergency-2", SignalKind.Emergency, SignalPriority.Immediate, 2, 2, SignalDirection.Bearish, 70, 0, 80),
            C("suspect", SignalKind.VolumeShock, SignalPriority.High, 13, 3, SignalDirection.Bullish, 10, 0, 20, suspect: true),
            C("neutral", SignalKind.VolumeShock, SignalPriority.High, 14, 3, SignalDirection.Neutral, 10, 0, 20),
        ];

        ScoredSet.Select(all).Select(c => c.Signal.RawSymbol)
            .Should().Equal("emergency-1", "emergency-2", "a-high", "c-high-bearish", "b-next-bucket");
    }
}
