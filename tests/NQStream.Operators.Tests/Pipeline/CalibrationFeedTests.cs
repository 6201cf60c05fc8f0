using FluentAssertions;
using NQStream.Market.Sessions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Pipeline;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Pipeline;

/// <summary>§6.2 calibration in the stream: EV-bracket outcomes of one trade date set p on the next, never the same day.</summary>
public sealed class CalibrationFeedTests
{
    private const uint Future = 4_000;
    private const long Second = 1_000_000_000;
    private static readonly DateOnly Day1 = new(2026, 11, 2);
    private static readonly long T1 = TradingSession.OpenNs(Day1) + (10 * 3_600 * Second);
    private static readonly long T2 = TradingSession.OpenNs(Day1.AddDays(1)) + (10 * 3_600 * Second);
    private static readonly ExpectedValueOptions Ev = new() { MinCalibrationN = 3 };
    private static readonly CalibrationKey HighFlow = CalibrationKey.Of(SignalPriority.High, CalibrationSource.Flow, 40, 20, TimeSpan.FromMinutes(60));

    private static Signal Sig(string id, uint instrument, long ts, SignalDirection direction, SignalKind kind = SignalKind.Block) => new()
    {
        Id = id,
        TsEvent = ts,
        UnderlyingId = Future,
        InstrumentId = instrument,
        RawSymbol = "NQZ6 C21000",
        Kind = kind,
        Direction = direction,
        Class = RatioClass.High,
        Priority = SignalPriority.High,
        Confidence = 0.9,
        Score = 1,
        Features = [],
        Rationale = "test",
        ParameterSetId = "p",
    };

    [Fact]
    public void Outcomes_of_one_day_calibrate_the_next_day_with_the_wilson_lower_bound()
    {
        var feed = new CalibrationFeed(Ev, new AccuracyOptions());
        feed.OnMid(Future, T1 - Second, 21_000);
        for (var i = 0u; i < 3; i++)
        {
            feed.Track(Sig("b" + i, 100 + i, T1, SignalDirection.Bullish), T1, HighFlow, 21_000);
        }

        feed.Track(Sig("s", 200, T1, SignalDirection.Bearish), T1, HighFlow, 21_000);
        feed.OnMid(Future, T1 + Second, 21_040.25);   // bullish target (+40) reached, bearish stop (20) too
        feed.AdvanceTo(T1 + (2 * Second));

        feed.Resolved.Should().Be(4);
        feed.Lookup(HighFlow, T1 + (3 * Second)).Probability.Should().BeNull("outcomes of today never calibrate today");
        var cell = feed.Lookup(HighFlow, T2);
        (cell.N, cell.Hits).Should().Be((4, 3));
        cell.Probability.Should().BeApproximately(WilsonInterval.Compute(3, 4, 0.95)!.Value.Lower, 1e-12);
        feed.Lookup(CalibrationKey.Of(SignalPriority.Immediate, CalibrationSource.Flow, 40, 20, TimeSpan.FromMinutes(60)), T2).N.Should().Be(0);
    }

    [Fact]
    public void A_bucket_counts_once_per_instrument_kind_and_priority_and_neutral_signals_not_at_all()
    {
        var feed = new CalibrationFeed(Ev, new AccuracyOptions());
        feed.OnMid(Future, T1 - Second, 21_000);
        feed.Track(Sig("first", 100, T1, SignalDirection.Bullish), T1, HighFlow, 21_000);
        feed.Track(Sig("upgrade", 100, T1 + 1, SignalDirection.Bullish), T1, HighFlow, 21_000);
        feed.Track(Sig("other kind", 100, T1 + 2, SignalDirection.Bullish, SignalKind.Sweep), T1, HighFlow, 21_000);
        feed.Track(Sig("neutral", 101, T1 + 3, SignalDirection.Neutral), T1, HighFlow, 21_000);
        feed.OnMid(Future, T1 + Second, 20_979.75);   // stop of the bullish brackets
        feed.AdvanceTo(T1 + (2 * Second));

        var cell = feed.Lookup(HighFlow, T2);
        (cell.N, cell.Hits).Should().Be((2, 0));
        cell.Probability.Should().BeNull("2 outcomes are fewer than min_calibration_n = 3");
    }
}
